/** The benchmarks' summary figures. */

/** The p-th percentile (nearest rank) of the values; NaN for none. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export const formatMs = (value: number) => `${value.toFixed(1)} ms`;
export const formatSeconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
