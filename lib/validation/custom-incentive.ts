import { z } from "zod";
import { isProgramId } from "../core/programs";
import { moneyInput, numberInput, requiredText } from "./fields";

/** "" (the form's "always") is none; anything else must be a catalog program. */
const tiedProgram = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? null : value.trim()))
  .refine((value) => value === null || isProgramId(value), "Choose one of the programs listed, or Always.");

export const ZCustomIncentiveFormSchema = z
  .object({
    name: requiredText("the incentive name", 120),
    kind: z.enum(["upfront", "annual"], { error: "Choose upfront or annual." }),
    basis: z.enum(["fixed", "per_kwh", "per_watt"], { error: "Choose how the amount is counted." }).default("fixed"),
    amountCents: moneyInput("amount", { maxDollars: 1_000_000 }),
    capCents: moneyInput("cap", { required: false, maxDollars: 1_000_000 }),
    years: z.string().optional(),
    requiresProgramId: tiedProgram,
  })
  .transform((form, ctx) => {
    if (form.kind === "upfront") {
      return {
        name: form.name,
        kind: form.kind,
        basis: form.basis,
        amountCents: form.amountCents,
        capCents: form.capCents > 0 ? form.capCents : null,
        years: null,
        requiresProgramId: form.requiresProgramId,
      };
    }
    const years = numberInput("number of years", { min: 1, max: 40, integer: true }).safeParse(form.years ?? "");
    if (!years.success) {
      for (const issue of years.error.issues) ctx.addIssue({ code: "custom", path: ["years"], message: issue.message });
      return z.NEVER;
    }
    // Annual incentives are a fixed amount per year: basis and cap do not apply.
    return {
      name: form.name,
      kind: form.kind,
      basis: "fixed" as const,
      amountCents: form.amountCents,
      capCents: null,
      years: years.data,
      requiresProgramId: form.requiresProgramId,
    };
  });

export type TCustomIncentiveForm = z.infer<typeof ZCustomIncentiveFormSchema>;
