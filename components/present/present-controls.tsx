import type { Participation } from "@/lib/proposal/option-input";
import type { ParticipationChoice, PresentAnswer, PresentQuestion } from "@/lib/proposal/present-questions";
import type { PresentedProgram } from "@/lib/proposal/present-view";

const choice = "rounded-2xl px-5 py-3 text-left text-lg ring-2 ring-white/20 transition-colors hover:bg-white/10 aria-pressed:bg-brand-600 aria-pressed:ring-brand-500 sm:text-xl";

/** The server's word once it has answered; until then, what the switch now asks for. */
function statusOf(program: PresentedProgram, isOn: boolean): string {
  if (!program.eligible) return program.status;
  if (!isOn) return "Not included";
  return program.isEnabled ? program.status : "Included";
}

/**
 * What the homeowner answers in the meeting: which programs to count, how often the battery joins events, and each
 * included program's questions about the household. Buttons, except the tier list, so the presenter's keys keep working.
 */
export function PresentControls({
  programs,
  enabled,
  onFlip,
  participation,
  participationChoices,
  onParticipation,
  questions,
  answerOf,
  onAnswer,
}: {
  programs: PresentedProgram[];
  enabled: Record<string, boolean>;
  onFlip: (id: string) => void;
  participation: Participation;
  participationChoices: ParticipationChoice[];
  onParticipation: (level: Participation) => void;
  questions: PresentQuestion[];
  answerOf: (question: PresentQuestion) => PresentAnswer;
  onAnswer: (question: PresentQuestion, value: PresentAnswer) => void;
}) {
  return (
    <div className="grid gap-8">
      <div role="group" aria-labelledby="present-programs-label">
        <h3 id="present-programs-label" className="text-xl font-semibold sm:text-2xl">
          Grid Services programs
        </h3>
        {programs.length === 0 ? <p className="mt-3 text-xl text-slate-300">No Grid Services program is offered for this site.</p> : null}
        <div className="mt-3 flex flex-wrap gap-3">
          {programs.map((program) => (
            <button key={program.id} type="button" aria-pressed={Boolean(enabled[program.id])} disabled={!program.eligible} onClick={() => onFlip(program.id)} className={`${choice} disabled:cursor-not-allowed disabled:opacity-50`}>
              <span className="block font-semibold">{program.name}</span>
              <span className="block text-base text-slate-200">{statusOf(program, Boolean(enabled[program.id]))}</span>
            </button>
          ))}
        </div>
      </div>

      <div role="group" aria-labelledby="present-participation-label" aria-describedby="present-participation-help">
        <h3 id="present-participation-label" className="text-xl font-semibold sm:text-2xl">
          How often the battery joins grid events
        </h3>
        <p id="present-participation-help" className="mt-1 text-base text-slate-300 sm:text-lg">
          The utility calls events; the battery may sit some out (an outage, a setting, a lost connection).
        </p>
        <div className="mt-3 flex flex-wrap gap-3">
          {participationChoices.map((level, index) => (
            <button key={level.level} type="button" aria-pressed={participation === level.level} aria-keyshortcuts={String(index + 1)} onClick={() => onParticipation(level.level)} className={choice}>
              <span className="block font-semibold">{level.label}</span>
              <span className="block text-base text-slate-200">{level.description}</span>
            </button>
          ))}
        </div>
      </div>

      {questions.map((question) => {
        const id = `present-question-${question.programId}-${question.name}`;
        const value = answerOf(question);
        return (
          <div key={id}>
            {question.kind === "select" ? (
              <>
                <label htmlFor={id} className="block text-xl font-semibold sm:text-2xl">
                  {question.label} <span className="font-normal text-slate-300">({question.programShortName})</span>
                </label>
                <select
                  id={id}
                  value={String(value)}
                  onChange={(event) => onAnswer(question, event.target.value)}
                  aria-describedby={question.help ? `${id}-help` : undefined}
                  className="mt-3 w-full max-w-md rounded-xl border-2 border-white/30 bg-slate-900 px-4 py-3 text-lg text-white sm:text-xl"
                >
                  {question.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </>
            ) : (
              <>
                <h3 id={`${id}-label`} className="text-xl font-semibold sm:text-2xl">
                  {question.label} <span className="font-normal text-slate-300">({question.programShortName})</span>
                </h3>
                <button type="button" role="switch" aria-checked={value === true} aria-labelledby={`${id}-label`} aria-describedby={question.help ? `${id}-help` : undefined} onClick={() => onAnswer(question, value !== true)} className={`${choice} mt-3 aria-checked:bg-brand-600 aria-checked:ring-brand-500`}>
                  {value === true ? "Yes" : "No"}
                </button>
              </>
            )}
            {question.help ? (
              <p id={`${id}-help`} className="mt-2 text-base text-slate-300 sm:text-lg">
                {question.help}
              </p>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
