"use client";

import { formatUsd } from "@/lib/core/money/format";
import type { HeadlineKey } from "@/lib/proposal/view";
import { useProposalPreview } from "./proposal-preview";

/**
 * The figures a switch moves (net price, payback, the first-year Grid Services payment), kept in view below 1024 px,
 * where the proposal preview sits under the program cards. Sticky to the bottom of the viewport while the page is
 * scrolled, it comes to rest after the last card and the preview, so it never covers the end of the page. From
 * 1024 px the preview beside the cards is sticky itself, and this bar is hidden.
 */
export function StickyProposalSummary() {
  const live = useProposalPreview();
  if (!live) return null;
  const headline = (key: HeadlineKey) => live.preview.headline.find((row) => row.key === key);
  const figures = [
    { key: "net-price", label: headline("net-price")?.label ?? "Net price", value: headline("net-price")?.withGridServices ?? "" },
    { key: "payback", label: headline("payback")?.label ?? "Payback", value: headline("payback")?.withGridServices ?? "" },
    { key: "grid-services-year-1", label: "Grid Services, year 1", value: formatUsd(live.gridServicesYear1Cents) },
  ];
  return (
    <section
      aria-label="Proposal summary"
      data-testid="sticky-summary"
      className="no-print sticky bottom-0 z-20 -mx-4 mt-6 border-t border-slate-200 bg-white px-4 py-2 shadow-[0_-4px_12px_rgba(15,23,42,0.08)] sm:-mx-6 sm:px-6 lg:hidden"
    >
      <dl className="figures grid grid-cols-3 gap-3">
        {figures.map((figure) => (
          <div key={figure.key} className="min-w-0" data-testid={`sticky-${figure.key}`}>
            <dt className="text-xs leading-tight text-slate-600">{figure.label}</dt>
            <dd className="text-sm font-semibold text-slate-900">{figure.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
