import "server-only";
import { unstable_cache } from "next/cache";
import { expiresAtTag } from "./expiry-tag.cjs";

/**
 * Marks the page being rendered as invalid from `instant` on (see page-rules.cjs):
 * the tag of a cached call inside a render becomes one of the rendered page's cache tags.
 */
export async function expireRenderAt(instant: Date | null): Promise<void> {
  if (!instant) return;
  const tag = expiresAtTag(instant);
  await unstable_cache(async () => true, ["render-expiry", tag], { tags: [tag] })();
}
