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

/**
 * Adds tags to the page being rendered, for what it reads without a cached call of its own (a
 * search engine's answer): an edit that expires one of them expires the page.
 */
export async function tagRender(tags: readonly string[]): Promise<void> {
  const sorted = [...new Set(tags)].sort();
  await unstable_cache(async () => true, ["render-tags", ...sorted], { tags: sorted })();
}
