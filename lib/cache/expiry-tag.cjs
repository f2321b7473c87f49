// Shared by the cache handler (loaded by Next outside the bundle, hence CommonJS) and the pages.
// A cached page tagged "expires-at:<epoch ms>" must not be served from that instant on.
const PREFIX = "expires-at:";

/** The tag that makes a cached render expire at the given instant. */
function expiresAtTag(instant) {
  return `${PREFIX}${instant.getTime()}`;
}

/** True when any of the tags names an expiry instant at or before now. */
function hasExpired(tags, now = Date.now()) {
  return tags.some((tag) => tag.startsWith(PREFIX) && Number(tag.slice(PREFIX.length)) <= now);
}

module.exports = { expiresAtTag, hasExpired };
