import { Card, CardHeader } from "@/components/ui/card";
import type { FinancingView } from "@/lib/proposal/financing-view";
import { FinancingSection } from "./financing-section";
import { TaxStatement } from "./tax-statement";

/**
 * How the homeowner pays, in the proposal document: the ways offered side by side and each in detail; with cash
 * alone, only what taxes do (the "the proposal never says why" there is no federal credit).
 */
export function PayingForIt({ financing }: { financing: FinancingView }) {
  const [cash] = financing.choices;
  if (financing.choices.length > 1) {
    return (
      <Card>
        <CardHeader title="Ways to pay" description="Cash and each financing offered, with what you pay each month and what you save." />
        <div className="px-5 py-4">
          <FinancingSection view={financing} />
        </div>
      </Card>
    );
  }
  if (!cash) return null;
  return (
    <Card className="avoid-break">
      <CardHeader title="Taxes" />
      <div className="px-5 py-4">
        <TaxStatement statement={cash.tax} />
      </div>
    </Card>
  );
}
