// Nearest-rank percentiles over a list of latencies (milliseconds).

/** The p-th percentile (0 < p ≤ 100) of `values`; NaN for an empty list. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** { p50, p95, p99 } of `values`. */
export function summarize(values) {
  return { p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99) };
}

/** "12.3 ms" (one decimal below 100 ms), "–" when not measured. */
export function ms(value) {
  if (value === undefined || Number.isNaN(value)) return "–";
  return `${value < 100 ? value.toFixed(1) : Math.round(value)} ms`;
}
