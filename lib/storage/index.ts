import "server-only";
import { env } from "@/lib/env";
import { databaseStorage } from "./database";
import { diskStorage } from "./disk";
import type { MediaStorage } from "./types";

export type { MediaStorage, StoredObject } from "./types";

let storage: MediaStorage | undefined;

/** The driver MEDIA_STORAGE names: "disk" (default, MEDIA_DIR) or "database". */
export function mediaStorage(): MediaStorage {
  storage ??= env.MEDIA_STORAGE === "database" ? databaseStorage() : diskStorage(env.MEDIA_DIR);
  return storage;
}
