"use client";

import { createContext, useContext, type ReactNode } from "react";
import { useStateFromProp } from "@/components/hooks/use-state-from-prop";
import { HeadlineFigures } from "@/components/proposal/headline-figures";
import { PricingTable } from "@/components/proposal/pricing-table";
import type { LivePreview } from "@/lib/actions/incentives/live-preview";

// Two contexts: the switches only set the preview, so a new preview re-renders the figures and not every switch.
const PreviewContext = createContext<LivePreview | null>(null);
const SetPreviewContext = createContext<((preview: LivePreview) => void) | null>(null);

/**
 * Holds the live preview of the option being edited. A program switch's server action answers with the
 * recomputed preview, which replaces this one at once; every full render of the page (after other edits)
 * brings the server's figures back in as `initial`.
 */
export function ProposalPreviewProvider({ initial, children }: { initial: LivePreview; children: ReactNode }) {
  const [preview, setPreview] = useStateFromProp(initial);
  return (
    <SetPreviewContext.Provider value={setPreview}>
      <PreviewContext.Provider value={preview}>{children}</PreviewContext.Provider>
    </SetPreviewContext.Provider>
  );
}

/** The current live preview (null outside a provider): the figures, the conflicts, the first-year Grid Services payment. */
export function useProposalPreview(): LivePreview | null {
  return useContext(PreviewContext);
}

/** The pricing table and headline figures of the current preview. */
export function LiveProposalPreview() {
  const live = useProposalPreview();
  if (!live) return null;
  return (
    <div className="space-y-5">
      <PricingTable table={live.preview.pricing} />
      <HeadlineFigures rows={live.preview.headline} compact />
    </div>
  );
}

/** Lets a switch hand the preview its action's answer. */
export function useUpdateProposalPreview(): (preview: LivePreview) => void {
  return useContext(SetPreviewContext) ?? ignorePreview;
}

function ignorePreview(): void {}
