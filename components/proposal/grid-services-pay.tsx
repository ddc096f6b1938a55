import type { GridServicesPayments } from "@/lib/proposal/grid-services-payments";

/**
 * "What Grid Services pays you": one block per counted program, its yearly payments in a sentence with the years,
 * then the upfront incentive and the total. Nothing when no program counts (the proposal then says nothing about it).
 */
export function GridServicesPay({ payments }: { payments: GridServicesPayments }) {
  if (payments.programs.length === 0) return null;
  return (
    <div className="space-y-4" data-testid="grid-services-pay">
      {payments.programs.map((program) => (
        <section key={program.id} aria-label={program.name} className="avoid-break text-sm" data-testid={`grid-services-pay-${program.id}`}>
          <p className="text-base text-slate-900">{program.sentence}</p>
          {program.total || program.upfront ? (
            <ul className="mt-1 space-y-0.5 text-slate-700">
              {program.total ? <li>{program.total.text}</li> : null}
              {program.upfront ? <li>Also {program.upfront.text}</li> : null}
            </ul>
          ) : null}
        </section>
      ))}
      <p className="text-xs text-slate-600">
        These are estimates: the programs pay for the grid events they call, and what they pay depends on how many are called and how the battery performs. Payments stop
        when a program&apos;s term ends; none is counted after it.
      </p>
    </div>
  );
}
