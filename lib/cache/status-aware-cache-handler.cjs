// Next's own file-system ISR cache, plus one rule: a cached page whose tags include an
// "expires-at:<epoch ms>" instant that has passed is a miss, so it is rendered anew before anyone
// sees it. Time-based revalidation alone would serve the stale page once (stale-while-revalidate),
// which for a deadline means showing a closed programme as open.
const { default: FileSystemCache } = require("next/dist/server/lib/incremental-cache/file-system-cache");
const { hasExpired } = require("./expiry-tag.cjs");

const TAGS_HEADER = "x-next-cache-tags";

class StatusAwareCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    const tags = entry?.value?.headers?.[TAGS_HEADER];
    if (typeof tags === "string" && hasExpired(tags.split(","))) return null;
    return entry;
  }
}

module.exports = StatusAwareCacheHandler;
