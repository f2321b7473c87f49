import { describe, expect, it, vi } from "vitest";
import { MemoryIndexHolder, RETRY_AFTER_FAILURE_MS } from "@/lib/search/postgres/memory-holder";
import { buildMemoryIndex } from "@/lib/search/postgres/memory-index";

const indexAt = (version: string) => ({ version, index: buildMemoryIndex(version, []) });

describe("MemoryIndexHolder", () => {
  it("never makes a search wait: null until the index of that version has loaded, one load at a time", async () => {
    const load = vi.fn(async () => indexAt("5"));
    const holder = new MemoryIndexHolder(load);
    expect(holder.get("5")).toBeNull();
    expect(holder.get("5")).toBeNull();
    await holder.settled();
    expect(load).toHaveBeenCalledTimes(1);
    expect(holder.get("5")?.version).toBe("5");
    // A newer version: the old index is not used for it.
    expect(holder.get("6", Date.now() + 3_600_000)).toBeNull();
    await holder.settled();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("keeps the newer index when a load returns an older version", async () => {
    let next = "9";
    const holder = new MemoryIndexHolder(async () => indexAt(next));
    holder.get("9");
    await holder.settled();
    next = "8";
    holder.get("10", Date.now() + 3_600_000);
    await holder.settled();
    expect(holder.get("9")?.version).toBe("9");
  });

  it("pauses between loads in proportion to how long the last one took", async () => {
    const load = vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return indexAt(String(load.mock.calls.length));
    });
    const holder = new MemoryIndexHolder(load);
    holder.get("1");
    await holder.settled();
    holder.get("2");
    expect(load).toHaveBeenCalledTimes(1);
    // Well after the pause (the load's duration × RELOAD_PAUSE_FACTOR, however slow the machine).
    holder.get("2", Date.now() + 3_600_000);
    await holder.settled();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("logs a failed load and waits before trying again", async () => {
    const log = vi.fn();
    const load = vi.fn(async () => {
      throw new Error("connection refused\nstack");
    });
    const holder = new MemoryIndexHolder(load, log);
    holder.get("1");
    await holder.settled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining("connection refused"));
    holder.get("1", Date.now() + 1_000);
    expect(load).toHaveBeenCalledTimes(1);
    holder.get("1", Date.now() + RETRY_AFTER_FAILURE_MS + 1_000);
    await holder.settled();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
