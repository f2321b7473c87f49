// Route handlers and cached reads called outside Next (vitest): `unstable_cache` has no cache
// handler there, so it calls its function; messages come back as "<namespace>.<key>" so tests
// assert which text was chosen. Used from vi.mock factories through a dynamic import, since
// vi.mock is hoisted above static imports:
//   vi.mock("next/cache", async (original) => (await import("../support/outside-next")).uncachedNextCache(original));

export async function uncachedNextCache(original: () => Promise<unknown>) {
  return { ...((await original()) as typeof import("next/cache")), unstable_cache: (fn: (...args: unknown[]) => unknown) => fn };
}

export const namespacedMessageKeys = {
  getTranslations: async (arg?: string | { namespace?: string }) => {
    const namespace = typeof arg === "string" ? arg : arg?.namespace;
    return (key: string) => `${namespace}.${key}`;
  },
};
