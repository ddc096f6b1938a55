import { revalidatePath } from "next/cache";
import type { FinancingContext } from "../../core/financing";
import { evaluateStoredOption } from "../../proposal/evaluate";
import type { OptionDetail } from "../../server/data/options";
import { optionPaths } from "../incentives/load-option";

/**
 * What the core checks an offer's terms against on this option: the price the customer would pay in cash (after
 * the incentives taken off at signing) and today's bill, when it was entered.
 */
export function offerContextOf(option: OptionDetail): FinancingContext {
  const priceCents = evaluateStoredOption(option).financials.withGridServices.netCostCents;
  const monthly = option.billTodayMonthlyCents;
  return monthly === null || monthly === undefined ? { priceCents } : { priceCents, billTodayYearlyCents: monthly * 12 };
}

/** Every page that shows the option's financing: the option's pages (proposal, present, financing) and the project's (compare). */
export function revalidateOptionFinancing(option: { id: string; projectId: string }): void {
  const paths = optionPaths(option);
  revalidatePath(paths.option, "layout");
  revalidatePath(paths.project, "layout");
}

/** A product change shows on the financing page and on every option's "How the customer pays" (its list of products). */
export function revalidateFinancingProducts(): void {
  revalidatePath("/organization/financing");
  revalidatePath("/projects/[projectId]/options/[optionId]/financing", "page");
}
