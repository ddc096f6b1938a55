"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { HeadlineFigures } from "@/components/proposal/headline-figures";
import { PricingTable } from "@/components/proposal/pricing-table";
import type { ProposalPreview } from "@/lib/proposal/summary";

type PreviewState = { preview: ProposalPreview; setPreview: (preview: ProposalPreview) => void };

const PreviewContext = createContext<PreviewState | null>(null);

/**
 * Holds the proposal preview of the option being edited. A program switch's server action answers with the
 * recomputed preview, which replaces this one at once; every full render of the page (after other edits)
 * brings the server's figures back in as `initial`.
 */
export function ProposalPreviewProvider({ initial, children }: { initial: ProposalPreview; children: ReactNode }) {
  const [preview, setPreview] = useState(initial);
  useEffect(() => setPreview(initial), [initial]);
  return <PreviewContext.Provider value={{ preview, setPreview }}>{children}</PreviewContext.Provider>;
}

/** The pricing table and headline figures of the current preview. */
export function LiveProposalPreview() {
  const state = useContext(PreviewContext);
  if (!state) return null;
  return (
    <div className="space-y-5">
      <PricingTable table={state.preview.pricing} />
      <HeadlineFigures withGridServices={state.preview.withGridServices} withoutGridServices={state.preview.withoutGridServices} compact />
    </div>
  );
}

/** Lets a switch hand the preview its action's answer. */
export function useUpdateProposalPreview(): (preview: ProposalPreview) => void {
  return useContext(PreviewContext)?.setPreview ?? (() => {});
}
