import { z } from "zod";
import { todayIsoDate } from "../core/dates/iso-date";
import { stateCodes } from "../core/geo/states";
import { TARIFFS, type Tariff } from "../core/programs/types";
import { defaultTariffFramework } from "../core/utilities";
import { optionalText, requiredText } from "./fields";

export const tariffs = TARIFFS;
export const tariffLabels: Record<Tariff, string> = {
  NEM1: "NEM 1.0",
  NEM2: "NEM 2.0",
  NBT: "Net Billing Tariff (NEM 3.0)",
  NETTING: "Net metering (state rules)",
  BUY_ALL: "Buy-all: all production sold",
  other: "Other / not net metered",
};
export const segments = ["residential", "commercial"] as const;

export const ZProjectFormSchema = z.object({
  customerName: requiredText("the customer's name", 120),
  email: optionalText("email", 200).pipe(z.email("Enter an email address like name@example.com.").nullable()),
  phone: optionalText("phone", 40).refine((value) => value === null || /^[+()\d\s.-]{7,}$/.test(value), "Enter a phone number using digits, spaces, dashes or parentheses."),
  street: requiredText("the street address", 200),
  city: requiredText("the city", 100),
  state: z.enum(stateCodes, { error: "Choose the state." }),
  zip: z.string({ error: "Enter the ZIP code." }).trim().regex(/^\d{5}(-\d{4})?$/, "Enter a 5-digit ZIP code (or ZIP+4)."),
  utility: optionalText("utility", 120),
  // Left out (or blank) means "the default for the place": the action fills it in with withTariffDefault.
  tariff: z.preprocess((value) => (value === "" ? undefined : value), z.enum(tariffs, { error: "Choose the tariff." }).optional()),
  segment: z.enum(segments, { error: "Choose residential or commercial." }),
  notes: optionalText("notes", 4000),
});

export type TProjectForm = z.infer<typeof ZProjectFormSchema>;
export type TProjectFields = TProjectForm & { tariff: Tariff };

/**
 * The project as saved: a tariff the installer chose is kept; none chosen takes the framework of the place
 * (state and utility) for a new system applied for today, as the form showed it.
 */
export function withTariffDefault(fields: TProjectForm, today: string = todayIsoDate()): TProjectFields {
  if (fields.tariff) return { ...fields, tariff: fields.tariff };
  return { ...fields, tariff: defaultTariffFramework({ state: fields.state, utilityName: fields.utility, interconnectionDate: today }).tariff };
}
