import type { GridServicesPayment } from "@/lib/proposal/grid-services-payments";

/** Each counted program's payments, said as the presenter would say them, with the years. */
export function ProgramPayments({ payments }: { payments: GridServicesPayment[] }) {
  if (payments.length === 0) {
    return <p className="text-xl text-slate-300 sm:text-2xl print:text-slate-700">No Grid Services program is counted: the figures are the bill savings alone.</p>;
  }
  return (
    <ul className="grid gap-4">
      {payments.map((program) => (
        <li key={program.id} className="rounded-2xl bg-white/5 p-5 ring-1 ring-white/10 sm:p-6 print:ring-slate-300" data-testid={`present-payments-${program.id}`}>
          <h3 className="text-lg text-slate-300 sm:text-xl print:text-slate-700">{program.name}</h3>
          <p className="mt-2 text-2xl leading-snug font-semibold sm:text-3xl">{program.sentence}</p>
          {program.upfront ? <p className="mt-2 text-xl text-slate-200 sm:text-2xl print:text-slate-800">{program.upfront.text}</p> : null}
          {program.total ? <p className="figures mt-3 text-lg text-slate-300 sm:text-xl print:text-slate-700">{program.total.text}</p> : null}
        </li>
      ))}
    </ul>
  );
}
