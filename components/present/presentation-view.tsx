"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { formatMoney } from "@/lib/proposal/figures";
import type { PreviewAnswer } from "@/lib/actions/incentives/preview-proposal";
import type { Participation } from "@/lib/proposal/option-input";
import type { ProposalPreview } from "@/lib/proposal/summary";
import type { HeadlineKey } from "@/lib/proposal/view";

const PRESENTED: readonly HeadlineKey[] = ["net-price", "payback", "first-year-savings", "lifetime-savings"];

export type PresentedProgram = { id: string; name: string; eligible: boolean; reason: string | null };

type PreviewRequest = { enabledPrograms: Record<string, boolean>; participation: Participation };

/**
 * Presentation mode for sales meetings: large figures, programs flipped on and off live. Each flip asks the
 * server for the figures with that set of programs (the engine runs there); nothing is saved.
 */
export function PresentationView({
  title,
  subtitle,
  programs,
  initialEnabled,
  initialPreview,
  preview: requestPreview,
  exitHref,
}: {
  title: string;
  subtitle: string;
  programs: PresentedProgram[];
  initialEnabled: Record<string, boolean>;
  initialPreview: ProposalPreview;
  preview: (request: PreviewRequest) => Promise<PreviewAnswer>;
  exitHref: string;
}) {
  const [enabled, setEnabled] = useState(initialEnabled);
  const [figures, setFigures] = useState(initialPreview);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const flip = (id: string) => {
    const next = { ...enabled, [id]: !enabled[id] };
    setEnabled(next);
    setError(null);
    startTransition(async () => {
      const answer = await requestPreview({ enabledPrograms: next, participation: "expected" });
      if (answer.ok) setFigures(answer.preview);
      else {
        setEnabled(enabled);
        setError(answer.message);
      }
    });
  };

  const goFullScreen = () => {
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  // The proposal view's own rows: present mode writes no figure of its own.
  const headline = figures.headline
    .filter((row) => PRESENTED.includes(row.key))
    .map((row) => ({
      key: row.key,
      label: row.label,
      value: row.withGridServices,
      compare: row.key === "net-price" ? `${formatMoney(figures.pricing.grossCents)} before incentives` : `${row.withoutGridServices} without Grid Services`,
    }));

  return (
    <div className="fixed inset-0 z-50 overflow-auto bg-slate-950 text-white">
      <div className="mx-auto flex min-h-full max-w-6xl flex-col px-8 py-10">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <p className="text-lg text-brand-200">{subtitle}</p>
            <h1 className="mt-1 text-4xl font-semibold tracking-tight">{title}</h1>
          </div>
          <div className="flex gap-3">
            <button type="button" onClick={goFullScreen} className="rounded-lg border border-white/30 px-4 py-2 text-lg hover:bg-white/10">
              Full screen
            </button>
            <Link href={exitHref} className="rounded-lg border border-white/30 px-4 py-2 text-lg hover:bg-white/10">
              Exit
            </Link>
          </div>
        </div>

        <dl className="figures mt-12 grid gap-6 sm:grid-cols-2" aria-live="polite" aria-busy={isPending || undefined}>
          {headline.map((item) => (
            <div key={item.key} className="rounded-2xl bg-white/5 p-6 ring-1 ring-white/10" data-testid={`present-${item.key}`}>
              <dt className="text-xl text-slate-300">{item.label}</dt>
              <dd className="mt-2 text-6xl font-semibold tracking-tight">{item.value}</dd>
              <dd className="mt-2 text-lg text-slate-400">{item.compare}</dd>
            </div>
          ))}
        </dl>

        <section aria-labelledby="present-programs" className="mt-12">
          <h2 id="present-programs" className="text-2xl font-semibold">
            Grid Services programs
          </h2>
          {programs.length === 0 ? <p className="mt-3 text-xl text-slate-300">No Grid Services program is offered for this site.</p> : null}
          <div className="mt-4 flex flex-wrap gap-4">
            {programs.map((program) => (
              <button
                key={program.id}
                type="button"
                aria-pressed={Boolean(enabled[program.id])}
                disabled={!program.eligible}
                onClick={() => flip(program.id)}
                title={program.reason ?? undefined}
                className="rounded-2xl px-6 py-4 text-left text-xl ring-2 transition-colors disabled:cursor-not-allowed disabled:opacity-50 aria-pressed:bg-brand-600 aria-pressed:ring-brand-500 ring-white/20 hover:bg-white/10"
              >
                <span className="block font-semibold">{program.name}</span>
                <span className="block text-base text-slate-200">{!program.eligible ? (program.reason ?? "Not eligible") : enabled[program.id] ? "Included" : "Not included"}</span>
              </button>
            ))}
          </div>
          <p role="status" className={error ? "mt-4 text-lg text-red-300" : "sr-only"}>
            {error ?? ""}
          </p>
          <p className="mt-8 text-base text-slate-400">Trying programs here changes nothing in the saved proposal. Program rules and payments are set by utilities and can change.</p>
        </section>
      </div>
    </div>
  );
}
