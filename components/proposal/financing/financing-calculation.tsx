import { PrintDisclosure } from "./print-disclosure";

/** "Show the calculation": the arithmetic behind one way of paying, line by line, as the core wrote it. */
export function FinancingCalculation({ lines }: { lines: readonly string[] }) {
  return (
    <PrintDisclosure summary="Show the calculation">
      <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </PrintDisclosure>
  );
}
