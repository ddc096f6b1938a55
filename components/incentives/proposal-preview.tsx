"use client";

import { createContext, useContext, type ReactNode } from "react";
import { useStateFromProp } from "@/components/hooks/use-state-from-prop";
import { HeadlineFigures } from "@/components/proposal/headline-figures";
import { PricingTable } from "@/components/proposal/pricing-table";
import type { ProposalPreview } from "@/lib/proposal/summary";

// Two contexts: the switches only set the preview, so a new preview re-renders the figures and not every switch.
const PreviewContext = createContext<ProposalPreview | null>(null);
const SetPreviewContext = createContext<((preview: ProposalPreview) => void) | null>(null);

/**
 * Holds the proposal preview of the option being edited. A program switch's server action answers with the
 * recomputed preview, which replaces this one at once; every full render of the page (after other edits)
 * brings the server's figures back in as `initial`.
 */
export function ProposalPreviewProvider({ initial, children }: { initial: ProposalPreview; children: ReactNode }) {
  const [preview, setPreview] = useStateFromProp(initial);
  return (
    <SetPreviewContext.Provider value={setPreview}>
      <PreviewContext.Provider value={preview}>{children}</PreviewContext.Provider>
    </SetPreviewContext.Provider>
  );
}

/** The pricing table and headline figures of the current preview. */
export function LiveProposalPreview() {
  const preview = useContext(PreviewContext);
  if (!preview) return null;
  return (
    <div className="space-y-5">
      <PricingTable table={preview.pricing} />
      <HeadlineFigures rows={preview.headline} compact />
    </div>
  );
}

/** Lets a switch hand the preview its action's answer. */
export function useUpdateProposalPreview(): (preview: ProposalPreview) => void {
  return useContext(SetPreviewContext) ?? ignorePreview;
}

function ignorePreview(): void {}
