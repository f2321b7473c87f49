// One autocannon run against a URL, reduced to the figures the table shows.
import autocannon from "autocannon";

export async function measure(url, { connections, durationSeconds }) {
  const result = await autocannon({ url, connections, duration: durationSeconds, pipelining: 1 });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
  };
}

/** A few sequential requests so the first render and the caches are out of the measurement. */
export async function warmUp(url, times = 5) {
  for (let i = 0; i < times; i++) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status} during warm-up`);
    await response.arrayBuffer();
  }
}
