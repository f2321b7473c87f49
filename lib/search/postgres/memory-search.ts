import { SEARCH_FACET_KEYS, STATUS_FACET_KEY } from "../documents/facet-keys";
import { SEARCH_DOC_TYPES, SEARCH_STATUS_FILTERS, type SearchQuery } from "../types";
import { dayNumber, NO_DAY, type MemoryIndex } from "./memory-index";

// The SQL statement's filtering, disjunctive counting and ordering (search-sql.ts, filters.ts),
// over a MemoryIndex. Same rules: OR within a facet, AND across facets and the type; a row failing
// exactly one restriction counts for that restriction's values; status derived from `today`.

export interface TextMatches {
  /** Document numbers of the text matches. */
  docs: Int32Array;
  /** Relevance per match (same positions), when sorting by relevance. */
  ranks: Float64Array | null;
}

export interface MemoryEvaluation {
  total: number;
  /** Per type: matches passing every restriction except the type one. */
  byType: Record<string, number>;
  /** "key:value" → count, for the counted keys; only values that occur. */
  facets: Record<string, number>;
  /** Document numbers of the requested page, in order. */
  page: number[];
}

const KNOWN_KEYS = new Set(SEARCH_FACET_KEYS);
const TYPE_BUCKET_OTHER = 4;
/** Above this many hits to skip and show, the ranked page comes from a full sort. */
const PARTIAL_SORT_LIMIT = 1000;

/** SQL's deadline order (search-sql.ts orderSql), per day. */
function deadlineOrder(index: MemoryIndex, todayText: string): Int32Array {
  const cached = index.deadlineOrders.get(todayText);
  if (cached) return cached;
  const today = dayNumber(todayText);
  const n = index.ids.length;
  const bucket = new Uint8Array(n);
  const key = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const deadline = index.deadline[i]!;
    const start = index.start[i]!;
    let b = 0;
    if (SEARCH_DOC_TYPES[index.type[i]!] !== "programme") b = TYPE_BUCKET_OTHER;
    else if (deadline !== NO_DAY && deadline < today) b = 3;
    else if (start !== NO_DAY && start > today) b = 2;
    else if (deadline === NO_DAY) b = 1;
    bucket[i] = b;
    key[i] = b === 0 ? deadline : b === 3 ? -deadline : b === 2 ? start : 0;
  }
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => bucket[a]! - bucket[b]! || key[a]! - key[b]! || a - b);
  if (index.deadlineOrders.size >= 3) index.deadlineOrders.clear();
  index.deadlineOrders.set(todayText, order);
  return order;
}

export function evaluateInMemory(index: MemoryIndex, query: SearchQuery, matches: TextMatches | null): MemoryEvaluation {
  const today = dayNumber(query.today);
  const programme = SEARCH_DOC_TYPES.indexOf("programme");
  const valueIds = new Map(index.valueNames.map((name, id) => [name, id]));
  const keyIds = new Map(index.keyNames.map((name, id) => [name, id]));

  // Restrictions as bits: select[value] has the bits of the restrictions that value satisfies.
  const select = new Int32Array(index.valueNames.length);
  const restrictionKey: number[] = [];
  const restrict = (key: string, valueNames: readonly string[]) => {
    const bit = 1 << restrictionKey.length;
    restrictionKey.push(keyIds.get(key) ?? -1);
    for (const name of valueNames) {
      const id = valueIds.get(name);
      if (id !== undefined) select[id]! |= bit;
    }
  };
  for (const [key, values] of Object.entries(query.filters)) {
    const unique = [...new Set(values)];
    if (KNOWN_KEYS.has(key) && unique.length) restrict(key, unique.map((v) => `${key}:${v}`));
  }
  const statuses = [...new Set(query.statuses)].filter((s) => SEARCH_STATUS_FILTERS.includes(s));
  if (statuses.length) restrict(STATUS_FACET_KEY, statuses.map((s) => `${STATUS_FACET_KEY}:${s}`));
  const types = [...new Set(query.types)].map((t) => SEARCH_DOC_TYPES.indexOf(t)).filter((t) => t >= 0);
  const typeBit = types.length ? 1 << restrictionKey.length : 0;
  if (typeBit) restrictionKey.push(-1);
  const all = (1 << restrictionKey.length) - 1;

  const counted = new Uint8Array(index.keyNames.length);
  for (const key of query.facets) {
    const id = keyIds.get(key);
    if (id !== undefined && (KNOWN_KEYS.has(key) || key === STATUS_FACET_KEY)) counted[id] = 1;
  }
  const { values, valueStart, valueKey } = index;
  const countedValue = new Uint8Array(index.valueNames.length);
  for (let v = 0; v < countedValue.length; v += 1) countedValue[v] = counted[valueKey[v]!]!;
  const counts = new Int32Array(index.valueNames.length);
  const passing = new Int32Array(SEARCH_DOC_TYPES.length);
  const passingButType = new Int32Array(SEARCH_DOC_TYPES.length);
  const passes = new Uint8Array(index.ids.length);

  const typeSelected = new Uint8Array(SEARCH_DOC_TYPES.length);
  for (const t of types) typeSelected[t] = 1;
  const { offen, demnaechst, geschlossen } = index.statusValue;
  // One loop over the candidates with everything in locals: a broad word has 50 000 of them.
  const { type: docType, deadline: docDeadline, start: docStart } = index;
  const docs = matches?.docs ?? null;
  const candidates = docs ? docs.length : index.ids.length;
  for (let k = 0; k < candidates; k += 1) {
    const i = docs ? docs[k]! : k;
    const type = docType[i]!;
    let status = -1;
    if (type === programme) {
      const deadline = docDeadline[i]!;
      status = deadline !== NO_DAY && deadline < today ? geschlossen : docStart[i]! > today ? demnaechst : offen;
    }
    const from = valueStart[i]!;
    const to = valueStart[i + 1]!;
    let failed = 0;
    if (all !== 0) {
      let satisfied = typeSelected[type] ? typeBit : 0;
      if (status >= 0) satisfied |= select[status]!;
      for (let j = from; j < to; j += 1) satisfied |= select[values[j]!]!;
      failed = all & ~satisfied;
    }
    if (failed === 0) {
      passes[i] = 1;
      passing[type]! += 1;
      passingButType[type]! += 1;
      for (let j = from; j < to; j += 1) {
        const v = values[j]!;
        if (countedValue[v]) counts[v]! += 1;
      }
      if (status >= 0 && countedValue[status]) counts[status]! += 1;
    } else if ((failed & (failed - 1)) === 0) {
      // Exactly one restriction fails: the row counts for that restriction's values only.
      if (failed === typeBit) {
        passingButType[type]! += 1;
        continue;
      }
      const key = restrictionKey[31 - Math.clz32(failed)]!;
      if (key < 0 || !counted[key]) continue;
      for (let j = from; j < to; j += 1) {
        const v = values[j]!;
        if (valueKey[v] === key) counts[v]! += 1;
      }
      if (status >= 0 && valueKey[status] === key) counts[status]! += 1;
    }
  }

  const facets: Record<string, number> = {};
  counts.forEach((n, id) => {
    if (n > 0) facets[index.valueNames[id]!] = n;
  });
  const byType: Record<string, number> = {};
  SEARCH_DOC_TYPES.forEach((type, t) => {
    if (passingButType[t]! > 0) byType[type] = passingButType[t]!;
  });
  const total = passing.reduce((sum, n) => sum + n, 0);
  return { total, byType, facets, page: pageOf(index, query, matches, passes) };
}

function pageOf(index: MemoryIndex, query: SearchQuery, matches: TextMatches | null, passes: Uint8Array): number[] {
  const offset = (query.page - 1) * query.pageSize;
  const end = offset + query.pageSize;
  if (matches?.ranks && query.sort === "relevance") {
    // Rank DESC, then "publishedAt" DESC, "titleSort", id: the newest position.
    const { ranks, docs } = matches;
    const better = (a: number, b: number) => ranks[a]! > ranks[b]! || (ranks[a] === ranks[b] && index.newestPos[docs[a]!]! < index.newestPos[docs[b]!]!);
    if (end > PARTIAL_SORT_LIMIT) {
      const candidates: number[] = [];
      docs.forEach((i, k) => {
        if (passes[i]) candidates.push(k);
      });
      return candidates.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0)).slice(offset, end).map((k) => docs[k]!);
    }
    // The best `end` matches by insertion into a short sorted list.
    const best: number[] = [];
    for (let k = 0; k < docs.length; k += 1) {
      if (!passes[docs[k]!] || (best.length === end && !better(k, best[end - 1]!))) continue;
      let at = best.length;
      while (at > 0 && better(k, best[at - 1]!)) at -= 1;
      best.splice(at, 0, k);
      if (best.length > end) best.pop();
    }
    return best.slice(offset).map((k) => docs[k]!);
  }
  const n = index.ids.length;
  const order = query.sort === "newest" ? index.newestOrder : query.sort === "deadline" ? deadlineOrder(index, query.today) : null;
  const page: number[] = [];
  let seen = 0;
  for (let p = 0; p < n && page.length < query.pageSize; p += 1) {
    const i = order ? order[p]! : p;
    if (!passes[i]) continue;
    if (seen >= offset) page.push(i);
    seen += 1;
  }
  return page;
}
