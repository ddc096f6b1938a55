"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { chartColors, type SavingsBarPoint } from "@/lib/proposal/chart-data";
import { compactUsd, fullUsd } from "./chart-format";

/** Annual savings stacked by source: bill savings and each program or annual incentive. */
export function SavingsChart({ keys, points }: { keys: { key: string; label: string }[]; points: SavingsBarPoint[] }) {
  return (
    <div className="h-72 w-full" role="img" aria-label="Stacked bar chart of annual savings by source; the savings breakdown table lists the same figures.">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={points} margin={{ top: 16, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="year" tickLine={false} stroke="#64748b" fontSize={12} />
          <YAxis tickFormatter={compactUsd} stroke="#64748b" fontSize={12} width={64} />
          <Tooltip formatter={(value) => fullUsd(Number(value))} labelFormatter={(year) => `Year ${year}`} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {keys.map((entry, index) => (
            <Bar key={entry.key} dataKey={entry.key} name={entry.label} stackId="savings" fill={chartColors[index % chartColors.length]} stroke="#ffffff" strokeWidth={0.5} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
