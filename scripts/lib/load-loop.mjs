// Steady background requests for the fault tests: `concurrency` loops fetching `paths` in turn,
// each answer recorded with its time, status and whether it is one of the expected German pages.
export function startLoadLoop(base, paths, { concurrency = 6, timeoutMs = 10_000 } = {}) {
  const samples = [];
  let running = true;
  async function loop(offset) {
    for (let i = offset; running; i++) {
      const path = paths[i % paths.length];
      const started = Date.now();
      let status = 0;
      let body = "";
      try {
        const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
        status = response.status;
        body = await response.text();
      } catch (error) {
        body = error.message;
      }
      samples.push({ at: started, ms: Date.now() - started, path, status, length: body.length, outagePage: status === 503 && /Vorübergehende Störung/.test(body) && /noch einmal/.test(body) });
    }
  }
  const loops = Array.from({ length: concurrency }, (_, i) => loop(i));
  return {
    samples,
    async stop() {
      running = false;
      await Promise.all(loops);
      return samples;
    },
  };
}

/** Counts of statuses ("200": n, …) among samples. */
export function statusCounts(samples) {
  const counts = {};
  for (const { status } of samples) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}
