/** First retry after ~5 s, doubling per failed attempt, never later than 10 minutes. */
export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_CAP_MS = 10 * 60_000;

/**
 * Delay before retry number `attempts` (1 = after the first failure). "Equal jitter": half the
 * exponential delay is fixed, half random, so rows that failed together (a Meilisearch outage)
 * do not all come back in the same instant, and none comes back sooner than half the delay.
 */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const exponential = BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1);
  const ceiling = Math.min(BACKOFF_CAP_MS, exponential);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
