import "server-only";
import { mediaStorage } from "@/lib/storage";
import { variantKey } from "./keys";
import type { ProcessedLogo } from "./process";

/**
 * Writes a processed logo's variants, before the transaction that points an entry at them: a
 * failed transaction leaves only unreferenced bytes, which the /medien route never serves, while
 * the reverse order could publish a key without its bytes.
 */
export async function storeLogo(logo: ProcessedLogo): Promise<void> {
  const storage = mediaStorage();
  for (const variant of logo.variants) await storage.put(variantKey(logo.hash, variant.width), variant.bytes, "image/webp");
}
