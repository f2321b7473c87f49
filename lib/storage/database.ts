import "server-only";
import { db } from "@/lib/db/client";
import { assertContentType, assertStorageKey, type MediaStorage } from "./types";

// The bytes in PostgreSQL (StoredMedia), for several instances without a shared volume. Logos are
// small (a few WebP variants of at most 384 px), so the table stays small; the route that serves
// them sends long-lived cache headers, so each variant is read rarely.
export function databaseStorage(): MediaStorage {
  return {
    async put(key, bytes, contentType) {
      assertStorageKey(key);
      assertContentType(contentType);
      // Content-addressed keys: a second put of the same key carries the same bytes.
      await db.storedMedia.upsert({
        where: { key },
        create: { key, contentType, bytes: Buffer.from(bytes) },
        update: { contentType, bytes: Buffer.from(bytes) },
      });
    },
    async get(key) {
      assertStorageKey(key);
      const row = await db.storedMedia.findUnique({ where: { key }, select: { bytes: true, contentType: true } });
      return row && { bytes: new Uint8Array(row.bytes), contentType: row.contentType };
    },
    async delete(key) {
      assertStorageKey(key);
      await db.storedMedia.deleteMany({ where: { key } });
    },
  };
}
