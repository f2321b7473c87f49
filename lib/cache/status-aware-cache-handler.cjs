// Next's own file-system ISR cache, plus three rules:
// 1. A cached page whose tags include an "expires-at:<epoch ms>" instant that has passed is a
//    miss, so it is rendered anew before anyone sees it. Time-based revalidation alone would serve
//    the stale page once (stale-while-revalidate), which for a deadline means showing a closed
//    programme as open.
// 2. Only successful pages are stored. A redirect (a list URL with unknown filter values, see
//    lib/listing/resolve-list-key.ts) or a 404 (a made-up slug) is rendered per request and
//    removes any earlier entry of its key, so junk URLs cannot fill the disk.
// 3. List views (<list>/ansicht/<key>, one per filter combination) are bounded per list: above
//    MAX_LIST_VIEWS entries the oldest written are deleted. Valid combinations are still far more
//    than anyone visits, and the visitor of an evicted one only waits for one render.
// A later issue replaces this handler with a shared one; the rules move with it.
const fs = require("node:fs/promises");
const path = require("node:path");
const { default: FileSystemCache } = require("next/dist/server/lib/incremental-cache/file-system-cache");
const { hasExpired } = require("./expiry-tag.cjs");

const TAGS_HEADER = "x-next-cache-tags";
const MAX_LIST_VIEWS = 500;
// Next 16 prefixes page keys with a per-route scope ("/route-cache/APP_PAGE/<hash>/$/…"); the
// list view is the last two segments either way.
const LIST_VIEW_KEY = /\/ansicht\/[^/]+$/;
// The files FileSystemCache writes for one APP_PAGE entry (besides the ".segments" directory).
const ENTRY_FILES = [".html", ".rsc", ".meta"];

const isStorable = (data) =>
  !data || (data.kind !== "APP_PAGE" && data.kind !== "PAGES") || data.status === undefined || (data.status >= 200 && data.status < 300);

class StatusAwareCacheHandler extends FileSystemCache {
  maxListViews = MAX_LIST_VIEWS;

  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    const tags = entry?.value?.headers?.[TAGS_HEADER];
    if (typeof tags === "string" && hasExpired(tags.split(","))) return null;
    return entry;
  }

  async set(key, data, ctx) {
    if (!isStorable(data)) return this.remove(key);
    await super.set(key, data, ctx);
    if (this.flushToDisk && data && LIST_VIEW_KEY.test(key)) await this.evictOldestListViews(key);
  }

  /** Deletes one page entry from memory and disk; missing files are fine. */
  async remove(key) {
    FileSystemCache.memoryCache?.remove(key);
    if (!this.flushToDisk) return;
    const base = this.getFilePath(key, "APP_PAGE");
    await Promise.all([
      ...ENTRY_FILES.map((suffix) => fs.rm(base + suffix, { force: true })),
      fs.rm(base + ".segments", { recursive: true, force: true }),
    ]);
  }

  async evictOldestListViews(key) {
    const dir = path.dirname(this.getFilePath(key, "APP_PAGE"));
    const metas = (await fs.readdir(dir).catch(() => [])).filter((name) => name.endsWith(".meta"));
    if (metas.length <= this.maxListViews) return;
    const written = await Promise.all(
      metas.map(async (name) => ({ name, mtime: (await fs.stat(path.join(dir, name)).catch(() => null))?.mtimeMs ?? 0 })),
    );
    written.sort((a, b) => a.mtime - b.mtime);
    const prefix = key.slice(0, key.lastIndexOf("/") + 1);
    for (const { name } of written.slice(0, metas.length - this.maxListViews)) await this.remove(prefix + name.slice(0, -".meta".length));
  }
}

module.exports = StatusAwareCacheHandler;
