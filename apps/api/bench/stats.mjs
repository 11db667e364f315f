/** The q-quantile (0..1) of a list of numbers, nearest-rank. */
export function quantile({ values, q }) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function elapsedMs({ since }) {
  return Number(process.hrtime.bigint() - since) / 1e6;
}

export function now() {
  return process.hrtime.bigint();
}
