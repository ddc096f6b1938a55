import Link from "next/link";
import type { Participation } from "@/lib/proposal/option-input";

const labels: Record<Participation, string> = { low: "Low", expected: "Expected", high: "High" };

/** Low / expected / high event participation: links, so each scenario has its own URL and works without JavaScript. */
export function ParticipationSwitch({ current, hrefFor }: { current: Participation; hrefFor: (participation: Participation) => string }) {
  return (
    <nav aria-label="Event participation scenario" className="no-print inline-flex rounded-lg border border-slate-300 bg-white p-0.5 text-sm">
      {(Object.keys(labels) as Participation[]).map((participation) => (
        <Link
          key={participation}
          href={hrefFor(participation)}
          aria-current={participation === current ? "true" : undefined}
          scroll={false}
          className={`rounded-md px-3 py-1.5 font-medium ${participation === current ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
        >
          {labels[participation]}
        </Link>
      ))}
    </nav>
  );
}
