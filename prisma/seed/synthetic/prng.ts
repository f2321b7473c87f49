/** mulberry32: a small, fast, seedable PRNG, so the same seed always yields the same data set. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** `count` distinct items (fewer if the list is shorter), in list order. */
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const count = Math.min(items.length, int(min, max));
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(Math.floor(next() * items.length));
    return [...chosen].sort((a, b) => a - b).map((i) => items[i]!);
  };
  const chance = (p: number) => next() < p;
  return { next, int, pick, some, chance };
}

export type Random = ReturnType<typeof createRandom>;
