import { z } from "zod";
import { stateCodes } from "../core/geo/states";
import { optionalText, requiredText } from "./fields";

export const tariffs = ["NEM1", "NEM2", "NBT", "other"] as const;
export const tariffLabels: Record<(typeof tariffs)[number], string> = {
  NEM1: "NEM 1.0",
  NEM2: "NEM 2.0",
  NBT: "Net Billing Tariff (NEM 3.0)",
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
  tariff: z.enum(tariffs, { error: "Choose the tariff." }),
  segment: z.enum(segments, { error: "Choose residential or commercial." }),
  notes: optionalText("notes", 4000),
});

export type TProjectForm = z.infer<typeof ZProjectFormSchema>;
