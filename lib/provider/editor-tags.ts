import "server-only";
import { PROVIDER_TAGS } from "./cached";

// The cache tags the public provider reads use (lib/provider/cached.ts).
export function providerTags(slugs: readonly string[]): string[] {
  return [PROVIDER_TAGS.all, ...[...new Set(slugs)].map((slug) => PROVIDER_TAGS.one(slug))];
}
