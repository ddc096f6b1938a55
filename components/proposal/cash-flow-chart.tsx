"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { CashFlowPoint } from "@/lib/proposal/chart-data";
import type { ProposalView } from "@/lib/proposal/view";
import { compactUsd, fullUsd } from "./chart-format";

/** Cumulative cash flow with and without Grid Services; vertical lines mark each payback year. */
export function CashFlowChart({ points, markers }: { points: CashFlowPoint[]; markers: ProposalView["charts"]["paybackMarkers"] }) {
  const { withGridServices: paybackWith, withoutGridServices: paybackWithout } = markers;
  return (
    <div className="h-72 w-full" role="img" aria-label="Line chart of the cumulative cash flow with and without Grid Services by year; the savings breakdown table lists the same figures.">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={points} margin={{ top: 16, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="year" type="number" domain={[0, "dataMax"]} allowDecimals={false} tickLine={false} stroke="#64748b" fontSize={12} label={{ value: "Year", position: "insideBottomRight", offset: -2, fontSize: 12, fill: "#64748b" }} />
          <YAxis tickFormatter={compactUsd} stroke="#64748b" fontSize={12} width={64} />
          <Tooltip formatter={(value) => fullUsd(Number(value))} labelFormatter={(year) => `Year ${year}`} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <ReferenceLine y={0} stroke="#334155" />
          {paybackWith !== null ? <ReferenceLine x={paybackWith.at} stroke="#0072B2" strokeDasharray="2 3" label={{ value: `Payback ${paybackWith.label}`, position: "top", fontSize: 11, fill: "#0072B2" }} /> : null}
          {paybackWithout !== null && paybackWithout.at !== paybackWith?.at ? (
            <ReferenceLine x={paybackWithout.at} stroke="#B46A00" strokeDasharray="2 3" label={{ value: paybackWithout.label, position: "insideTopRight", fontSize: 11, fill: "#B46A00" }} />
          ) : null}
          <Line type="monotone" dataKey="withGridServices" name="With Grid Services" stroke="#0072B2" strokeWidth={2.5} dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="withoutGridServices" name="Without Grid Services" stroke="#E69F00" strokeWidth={2.5} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
