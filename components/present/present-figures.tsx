import { formatMoney } from "@/lib/proposal/figures";
import type { ProposalPreview } from "@/lib/proposal/summary";
import type { HeadlineKey } from "@/lib/proposal/view";

const PRESENTED: readonly HeadlineKey[] = ["net-price", "payback", "first-year-savings", "net-savings"];

/** The four figures a homeowner asks about, with Grid Services, each over its value without (the view's own rows). */
export function PresentFigures({ preview, isPending }: { preview: ProposalPreview; isPending: boolean }) {
  const figures = preview.headline
    .filter((row) => PRESENTED.includes(row.key))
    .map((row) => ({
      key: row.key,
      label: row.label,
      value: row.withGridServices,
      compare: row.key === "net-price" ? `${formatMoney(preview.pricing.grossCents)} before incentives` : `${row.withoutGridServices} without Grid Services`,
    }));
  return (
    <dl className="figures grid gap-4 sm:grid-cols-2 sm:gap-6" aria-live="polite" aria-busy={isPending || undefined}>
      {figures.map((figure) => (
        <div key={figure.key} className="rounded-2xl bg-white/5 p-5 ring-1 ring-white/10 sm:p-6 print:ring-slate-300" data-testid={`present-${figure.key}`}>
          <dt className="text-lg text-slate-300 sm:text-xl print:text-slate-700">{figure.label}</dt>
          <dd className={`mt-2 text-4xl font-semibold tracking-tight break-words transition-opacity sm:text-5xl lg:text-6xl ${isPending ? "opacity-60" : ""}`}>{figure.value}</dd>
          <dd className="mt-2 text-base text-slate-300 sm:text-lg print:text-slate-700">{figure.compare}</dd>
        </div>
      ))}
    </dl>
  );
}
