import { notFound, redirect } from "next/navigation";
import { acceptedParams, decodeListKey, encodeListKey, pairsToQuery, withSearchText, type ListSchema } from "./canonical";
import type { RawSearchParams } from "./params";

/**
 * The parameters behind a cached list page's key (filters, and a text search under
 * <list>/treffer/). Keys that are not base64url are 404; keys with unknown values or in
 * non-canonical form are sent to the list's clean URL. The page cache stores
 * neither answer (lib/cache/page-rules.cjs), so only canonical, valid filter
 * combinations are ever cached.
 */
export function resolveListKey(key: string, schema: ListSchema, path: string): RawSearchParams {
  const raw = decodeListKey(key);
  if (!raw) notFound();
  const accepted = withSearchText(acceptedParams(raw, schema), raw);
  if (encodeListKey(accepted) !== key) redirect(`${path}${pairsToQuery(accepted)}`);
  return raw;
}
