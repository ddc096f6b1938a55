import { formatDate } from "@/lib/core/dates/format";
import { isoDateOf } from "@/lib/core/dates/iso-date";
import { FINANCING_KIND_LABELS, blankTermsValues, termsToFormValues, type FinancingTerms } from "@/lib/validation/financing";
import type { FinancingProductRow } from "./financing-products";
import type { FinancingProductValues } from "./product-form";
import { describeTerms } from "./terms-summary";

/** A stored product as the list shows it (plain data: the server's product type is only read here, never imported). */
export type StoredProduct = {
  id: string;
  name: string;
  provider: string;
  kind: keyof typeof FINANCING_KIND_LABELS;
  terms: FinancingTerms | null;
  effectiveFrom: Date;
  checkedOn: Date;
  sourceUrl: string | null;
  notes: string | null;
  createdAt: Date;
  isRevision: boolean;
};

export function productRowOf(product: StoredProduct): FinancingProductRow {
  return {
    id: product.id,
    name: product.name,
    provider: product.provider,
    kindLabel: FINANCING_KIND_LABELS[product.kind],
    summary: product.terms ? describeTerms(product.terms) : [],
    effectiveFrom: formatDate(product.effectiveFrom),
    checkedOn: formatDate(product.checkedOn),
    sourceUrl: product.sourceUrl,
    notes: product.notes,
    versionNote: `${product.isRevision ? "new terms saved" : "added"} ${formatDate(product.createdAt)}`,
    values: product.terms
      ? {
          ...termsToFormValues(product.terms),
          name: product.name,
          provider: product.provider,
          effectiveFrom: isoDateOf(product.effectiveFrom),
          checkedOn: isoDateOf(product.checkedOn),
          sourceUrl: product.sourceUrl ?? "",
          notes: product.notes ?? "",
        }
      : null,
  };
}

/** A new product's form: terms blank, dated today (the day the installer reads the lender's sheet). */
export function blankProductValues(today: string): FinancingProductValues {
  return { ...blankTermsValues, name: "", provider: "", effectiveFrom: today, checkedOn: today, sourceUrl: "", notes: "" };
}
