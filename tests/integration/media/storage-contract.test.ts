import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { databaseStorage } from "@/lib/storage/database";
import { diskStorage } from "@/lib/storage/disk";
import type { MediaStorage } from "@/lib/storage/types";

// One contract, every driver: what lib/media and the /medien route rely on.
const directory = await mkdtemp(join(tmpdir(), "rt-media-"));
afterAll(() => rm(directory, { recursive: true, force: true }));

const drivers: [string, () => MediaStorage][] = [
  ["disk", () => diskStorage(directory)],
  ["database", () => databaseStorage()],
];

const uniqueKey = (suffix = "webp") => `${randomBytes(32).toString("hex")}/96.${suffix}`;

describe.each(drivers)("media storage contract: %s", (_name, make) => {
  const storage = make();

  it("returns what was put, bytes and content type", async () => {
    const key = uniqueKey();
    const bytes = new Uint8Array(randomBytes(2048));
    await storage.put(key, bytes, "image/webp");
    const stored = await storage.get(key);
    expect(stored?.contentType).toBe("image/webp");
    expect(Buffer.from(stored!.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it("answers null for an unknown key", async () => {
    expect(await storage.get(uniqueKey())).toBeNull();
  });

  it("a second put of the same key replaces the object", async () => {
    const key = uniqueKey("png");
    await storage.put(key, new Uint8Array([1, 2, 3]), "image/png");
    await storage.put(key, new Uint8Array([4, 5]), "image/webp");
    const stored = await storage.get(key);
    expect([Array.from(stored!.bytes), stored!.contentType]).toEqual([[4, 5], "image/webp"]);
  });

  it("deletes, and deleting an unknown key is no error", async () => {
    const key = uniqueKey();
    await storage.put(key, new Uint8Array([9]), "image/webp");
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("refuses keys that could leave the store and malformed content types", async () => {
    for (const key of ["../etc/passwd", "/abs/key", "a/../../b", "", "UPPER/x", "a//b", "a\\b"]) {
      await expect(storage.put(key, new Uint8Array([1]), "image/webp")).rejects.toThrow(/invalid storage key/);
      await expect(storage.get(key)).rejects.toThrow(/invalid storage key/);
    }
    await expect(storage.put(uniqueKey(), new Uint8Array([1]), "text/html; charset=utf-8")).rejects.toThrow(/invalid content type/);
  });
});

describe("disk driver layout", () => {
  it("leaves no temporary files behind", async () => {
    const storage = diskStorage(directory);
    const key = uniqueKey();
    await storage.put(key, new Uint8Array([1, 2]), "image/webp");
    const files = await readdir(join(directory, key.slice(0, 64)));
    expect(files.sort()).toEqual(["96.webp", "96.webp.type"]);
  });
});
