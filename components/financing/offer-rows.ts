import type { FinancingChoice } from "@/lib/core/financing";
import { FINANCING_KIND_LABELS } from "@/lib/validation/financing";
import type { OfferRow } from "./option-offers";
import { describeTerms } from "./terms-summary";

/** An option's offer as the data layer reads it (its type, restated: components take plain data). */
export type StoredOffer = { id: string; label: string; choice: FinancingChoice; isPreferred: boolean; productName: string | null };

export function offerRowOf(offer: StoredOffer): OfferRow | null {
  // Cash is never stored as an offer (it is always offered); a row of it would have no terms to show.
  if (offer.choice.kind === "cash") return null;
  return {
    id: offer.id,
    label: offer.label,
    kindLabel: FINANCING_KIND_LABELS[offer.choice.kind],
    summary: describeTerms(offer.choice),
    isPreferred: offer.isPreferred,
    origin: offer.productName ? `Terms copied from ${offer.productName} when offered` : "Terms typed for this option",
  };
}
