import "server-only";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { assertContentType, assertStorageKey, type MediaStorage } from "./types";

// Files under one directory; the content type in a sidecar file "<key>.type" next to the bytes.
// Both are written to a temporary name and renamed, so a reader on another instance never sees a
// half-written file (rename is atomic within one file system, also on NFS).
export function diskStorage(directory: string): MediaStorage {
  const root = resolve(directory);
  const pathOf = (key: string) => {
    assertStorageKey(key);
    return join(root, key);
  };

  async function writeAtomically(path: string, data: Uint8Array | string) {
    const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
    await writeFile(temporary, data);
    await rename(temporary, path);
  }

  return {
    async put(key, bytes, contentType) {
      assertContentType(contentType);
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // The type first: a file whose bytes exist always has its type.
      await writeAtomically(`${path}.type`, contentType);
      await writeAtomically(path, bytes);
    },
    async get(key) {
      const path = pathOf(key);
      try {
        const [bytes, contentType] = await Promise.all([readFile(path), readFile(`${path}.type`, "utf8")]);
        return { bytes: new Uint8Array(bytes), contentType: contentType.trim() };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      const path = pathOf(key);
      await rm(path, { force: true });
      await rm(`${path}.type`, { force: true });
    },
  };
}
