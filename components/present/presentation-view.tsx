"use client";

import Link from "next/link";
import { useRef, useState, useTransition, type ReactNode } from "react";
import type { PreviewAnswer } from "@/lib/actions/incentives/preview-proposal";
import type { Participation } from "@/lib/proposal/option-input";
import type { PresentAnswer, PresentAnswers, PresentQuestion } from "@/lib/proposal/present-questions";
import type { PresentFigures as Figures } from "@/lib/proposal/present-view";
import { BillPanel } from "./bill-panel";
import { CashFlowPanel } from "./cash-flow-panel";
import { PresentControls } from "./present-controls";
import { PresentFigures } from "./present-figures";
import { ProgramPayments } from "./program-payments";
import { WaysToPay } from "./ways-to-pay";
import { ShortcutsHelp } from "./shortcuts-help";
import { usePresenterKeys } from "./use-presenter-keys";

type PreviewRequest = { enabledPrograms: Record<string, boolean>; participation: Participation; answers: PresentAnswers };

/** In the order the page shows them, and ← → walks them. */
const SECTIONS = [
  { id: "present-figures", title: "The figures" },
  { id: "present-answers", title: "Your answers" },
  { id: "present-payments", title: "What Grid Services pays you" },
  { id: "present-bills", title: "Your electric bill, before and after" },
  { id: "present-cash-flow", title: "Cash flow with and without Grid Services" },
  { id: "present-ways-to-pay", title: "Ways to pay" },
] as const;

const participationWords: Record<Participation, string> = { low: "low participation", expected: "expected participation", high: "high participation" };

const button = "rounded-lg border border-white/30 px-4 py-2 text-lg hover:bg-white/10";

/**
 * Presentation mode for sales meetings: large figures, what each program pays, the cash-flow chart, and the
 * homeowner's answers tried live. Each change asks the server for the figures (the engine runs there); nothing is
 * saved. The presenter's keys: 1 2 3 participation, G Grid Services off and on, ← → sections, ? the list of keys.
 */
export function PresentationView({
  title,
  subtitle,
  initial,
  preview: requestPreview,
  exitHref,
}: {
  title: string;
  subtitle: string;
  initial: Figures;
  preview: (request: PreviewRequest) => Promise<PreviewAnswer>;
  exitHref: string;
}) {
  const initialRequest: PreviewRequest = {
    enabledPrograms: Object.fromEntries(initial.presentation.programs.map((program) => [program.id, program.isEnabled])),
    participation: initial.presentation.participation,
    answers: {},
  };
  const [request, setRequest] = useState(initialRequest);
  const [figures, setFigures] = useState(initial);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isHelpOpen, setHelpOpen] = useState(false);
  const [isPending, startTransition] = useTransition();
  const scroller = useRef<HTMLDivElement>(null);
  // Only the newest answer is shown: a quick run of keys sends several requests, and they may come back out of order.
  const ticket = useRef(0);
  const lastShown = useRef(initialRequest);
  // The programs G switched off, so the next G switches the same ones back on.
  const switchedOff = useRef<string[]>([]);

  const send = (next: PreviewRequest, done: string) => {
    setRequest(next);
    setError(null);
    const mine = ++ticket.current;
    startTransition(async () => {
      let answer: PreviewAnswer;
      try {
        answer = await requestPreview(next);
      } catch {
        answer = { ok: false, message: "The figures could not be updated: the connection to Gridfolio was lost. Try again." };
      }
      if (mine !== ticket.current) return;
      if (answer.ok) {
        setFigures({ preview: answer.preview, presentation: answer.presentation });
        lastShown.current = next;
        setStatus(`Figures updated: ${done}.`);
      } else {
        setRequest(lastShown.current);
        setError(answer.message);
      }
    });
  };

  const programs = figures.presentation.programs;
  const nameOf = (id: string) => programs.find((program) => program.id === id)?.name ?? id;

  const flip = (id: string) => {
    const isOn = !request.enabledPrograms[id];
    send({ ...request, enabledPrograms: { ...request.enabledPrograms, [id]: isOn } }, `${nameOf(id)} ${isOn ? "included" : "not included"}`);
  };

  const setParticipation = (level: Participation) => {
    if (level !== request.participation) send({ ...request, participation: level }, participationWords[level]);
  };

  const answerOf = (question: PresentQuestion): PresentAnswer => request.answers[question.programId]?.[question.name] ?? question.value;

  const answer = (question: PresentQuestion, value: PresentAnswer) => {
    const answers = { ...request.answers, [question.programId]: { ...request.answers[question.programId], [question.name]: value } };
    const said = typeof value === "boolean" ? (value ? "yes" : "no") : (question.options.find((option) => option.value === value)?.label ?? value);
    send({ ...request, answers }, `${question.label}: ${said}`);
  };

  const toggleGridServices = () => {
    const eligible = programs.filter((program) => program.eligible).map((program) => program.id);
    const on = eligible.filter((id) => request.enabledPrograms[id]);
    if (on.length > 0) {
      switchedOff.current = on;
      send({ ...request, enabledPrograms: { ...request.enabledPrograms, ...Object.fromEntries(on.map((id) => [id, false])) } }, "Grid Services off");
      return;
    }
    // Back on: what G switched off, else what the proposal counts, else the first program the site may join.
    const saved = eligible.filter((id) => initialRequest.enabledPrograms[id]);
    const back = switchedOff.current.length > 0 ? switchedOff.current : saved.length > 0 ? saved : eligible.slice(0, 1);
    if (back.length === 0) {
      setStatus("No Grid Services program is offered for this site.");
      return;
    }
    send({ ...request, enabledPrograms: { ...request.enabledPrograms, ...Object.fromEntries(back.map((id) => [id, true])) } }, "Grid Services on");
  };

  const goToSection = (step: -1 | 1) => {
    const box = scroller.current;
    if (!box) return;
    const sections = SECTIONS.map((section) => document.getElementById(section.id));
    // The section being read: the one holding the focus (where the last arrow or a tap left it), else the last one
    // scrolled up to the top. At the top of the page that is none yet, so → starts with the figures on every screen.
    const focused = sections.findIndex((section) => section?.contains(document.activeElement));
    const top = box.getBoundingClientRect().top + 24;
    const current = focused >= 0 ? focused : sections.reduce((found, section, index) => (section && section.getBoundingClientRect().top <= top ? index : found), -1);
    const target = sections[Math.min(SECTIONS.length - 1, Math.max(0, current + step))];
    if (!target) return;
    const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    target.scrollIntoView({ block: "start", behavior: reduceMotion ? "auto" : "smooth" });
    target.querySelector<HTMLElement>("h2")?.focus({ preventScroll: true });
  };

  usePresenterKeys({ onParticipation: setParticipation, onToggleGridServices: toggleGridServices, onSection: goToSection, onToggleHelp: () => setHelpOpen((open) => !open), isHelpOpen });

  const goFullScreen = () => {
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  const section = (index: number, children: ReactNode) => {
    const { id, title: heading } = SECTIONS[index]!;
    return (
      <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-4 pt-10">
        <h2 id={`${id}-title`} tabIndex={-1} className="mb-5 text-2xl font-semibold sm:text-3xl">
          {heading}
        </h2>
        {children}
      </section>
    );
  };

  return (
    <div ref={scroller} className="fixed inset-0 z-50 overflow-auto bg-slate-950 text-white [&_:focus-visible]:outline-brand-200 print:static print:overflow-visible print:bg-white print:text-slate-900">
      <div className="mx-auto flex min-h-full max-w-6xl flex-col px-4 py-6 sm:px-8 sm:py-10">
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0">
            <p className="text-lg text-brand-200 sm:text-xl print:text-slate-700">{subtitle}</p>
            <h1 className="mt-1 text-3xl font-semibold tracking-tight break-words sm:text-4xl lg:text-5xl">{title}</h1>
          </div>
          <div className="flex flex-wrap gap-3 print:hidden">
            <button type="button" onClick={() => setHelpOpen(true)} aria-haspopup="dialog" aria-keyshortcuts="?" className={button}>
              Shortcuts <kbd className="ml-1 rounded border border-white/40 px-1.5 font-mono text-base">?</kbd>
            </button>
            <button type="button" onClick={goFullScreen} className={button}>
              Full screen
            </button>
            <Link href={exitHref} className={button}>
              Exit
            </Link>
          </div>
        </header>

        <nav aria-label="Sections" className="mt-6 print:hidden">
          <ul className="flex flex-wrap gap-x-5 gap-y-2 text-base sm:text-lg">
            {SECTIONS.map((entry) => (
              <li key={entry.id}>
                <a href={`#${entry.id}`} className="text-brand-200 underline underline-offset-4 hover:text-white">
                  {entry.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        {section(0, <PresentFigures preview={figures.preview} isPending={isPending} />)}
        {section(
          1,
          <div className="print:hidden">
            <PresentControls
              programs={programs}
              enabled={request.enabledPrograms}
              onFlip={flip}
              participation={request.participation}
              participationChoices={figures.presentation.participationChoices}
              onParticipation={setParticipation}
              questions={figures.presentation.questions}
              answerOf={answerOf}
              onAnswer={answer}
            />
          </div>,
        )}
        {section(2, <ProgramPayments payments={figures.presentation.payments} />)}
        {section(
          3,
          figures.presentation.bills ? (
            <BillPanel bills={figures.presentation.bills} />
          ) : (
            <p className="text-lg text-slate-300 print:text-slate-700">
              The first-year bill savings in these figures are your installer&apos;s estimate from their design tool.
            </p>
          ),
        )}
        {section(4, <CashFlowPanel presentation={figures.presentation} labelledBy={`${SECTIONS[4].id}-title`} />)}
        {section(5, <WaysToPay ways={figures.presentation.waysToPay} years={figures.presentation.cashFlow.length - 1} />)}

        <p role="status" data-testid="present-status" className={error ? "mt-6 text-lg text-red-300" : "sr-only"}>
          {error ?? status}
        </p>
        <p className="mt-10 text-base text-slate-300 print:text-slate-700">
          Trying programs and answers here changes nothing in the saved proposal. Program rules and payments are set by utilities and can change.
          <span className="print:hidden"> Press ? for the presenter&apos;s keyboard shortcuts.</span>
        </p>
      </div>
      <ShortcutsHelp isOpen={isHelpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
