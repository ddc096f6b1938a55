import { CashFlowChart } from "@/components/proposal/cash-flow-chart";
import { SavingsChart } from "@/components/proposal/savings-chart";
import { Card, CardHeader } from "@/components/ui/card";
import type { ProposalView } from "@/lib/proposal/view";

/**
 * The proposal's two charts, each in its card with a title and the table it is a picture of; for the page and the
 * document. Recharts drawings at a fixed size, already in the server's HTML, that scale to the card's width, so they
 * print whole at any paper size, scripts or none.
 */
export function ChartCards({ charts, idPrefix }: { charts: ProposalView["charts"]; idPrefix: string }) {
  return (
    <>
      <Card className="avoid-break">
        <CardHeader id={`${idPrefix}cash-flow-heading`} title="Cumulative cash flow" description="Year 0 is the net price paid; payback is where a line crosses zero. The savings breakdown below is this chart as a table." />
        <figure aria-labelledby={`${idPrefix}cash-flow-heading`} className="px-1 py-4 sm:px-3">
          <CashFlowChart points={charts.cashFlow} markers={charts.paybackMarkers} />
        </figure>
      </Card>
      <Card className="avoid-break">
        <CardHeader id={`${idPrefix}savings-chart-heading`} title="Annual savings by source" description="Bill savings and each program's payments per year; the same figures as the savings breakdown table." />
        <figure aria-labelledby={`${idPrefix}savings-chart-heading`} className="px-1 py-4 sm:px-3">
          <SavingsChart keys={charts.savingsBySource.keys} points={charts.savingsBySource.points} />
        </figure>
      </Card>
    </>
  );
}
