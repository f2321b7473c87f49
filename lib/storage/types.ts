// Where uploaded media live (docs/operations.md "Media storage"). The app runs as N stateless
// instances, so every driver must be shared by all of them: "disk" on a shared volume, "database"
// in PostgreSQL. Keys are content-addressed by their callers, so put() of an existing key writes the
// same bytes again and nothing is ever updated in place.

export interface StoredObject {
  bytes: Uint8Array;
  contentType: string;
}

export interface MediaStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** null for an unknown key */
  get(key: string): Promise<StoredObject | null>;
  /** Deleting an unknown key is not an error. */
  delete(key: string): Promise<void>;
}

// Lower-case hex, digits, dots, dashes and single slashes: no "..", no absolute paths, so a key
// can never leave the disk driver's directory.
const KEY = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9]+)?(?:\/[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9]+)?)*$/;
const CONTENT_TYPE = /^[a-z]+\/[a-z0-9.+-]+$/;

export function assertStorageKey(key: string): void {
  if (key.length > 200 || !KEY.test(key)) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
}

export function assertContentType(contentType: string): void {
  if (!CONTENT_TYPE.test(contentType)) throw new Error(`invalid content type: ${JSON.stringify(contentType)}`);
}
