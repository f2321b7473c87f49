// The text half of the MemoryIndex: for every lexeme of the documents' "searchVector", the
// documents containing it (postings) and whether it stands in their title, or in their short
// fields: summary and keywords (the weights A and B of "rankVector"). A search then matches and ranks in JavaScript: a broad word
// with 50 000 matches costs a few milliseconds instead of reading 50 000 tsvectors out of TOAST.
//
// The query's lexemes still come from PostgreSQL (lexemes.ts), so stemming, stop words and
// unaccent are exactly the database's; this file only evaluates them, with the semantics of
// `searchVector @@ tsquery` and of relevanceSql() in search-sql.ts (tests compare both paths).

export const IN_TITLE = 1;
export const IN_SHORT_FIELDS = 2;

/** Relevance points per clause: its words in the title, else in title, summary and keywords together. */
export const TITLE_POINTS = 3;
export const SHORT_FIELD_POINTS = 1;

export interface MemoryText {
  /** Every lexeme, sorted by UTF-16 code units, so the lexemes with a given prefix are adjacent. */
  lexemes: string[];
  lexemeIds: Map<string, number>;
  /** Postings of lexeme k: docs[start[k] .. start[k + 1]), ascending, with IN_TITLE and IN_SHORT_FIELDS in fields. */
  start: Int32Array;
  docs: Int32Array;
  fields: Uint8Array;
  /** Scratch space of one evaluation (searches run one at a time per process: JavaScript is single-threaded). */
  scratch: Scratch;
}

/** A document's lexemes: all of "searchVector", those of the title, those of summary and keywords. */
export type DocumentLexemes = readonly [all: readonly string[], title: readonly string[], summaryOrKeywords: readonly string[]];

export function buildMemoryText(documents: readonly DocumentLexemes[]): MemoryText {
  const ids = new Map<string, number>();
  for (const [all] of documents) for (const lexeme of all) if (!ids.has(lexeme)) ids.set(lexeme, 0);
  const lexemes = [...ids.keys()].sort();
  lexemes.forEach((lexeme, k) => ids.set(lexeme, k));

  const start = new Int32Array(lexemes.length + 1);
  for (const [all] of documents) for (const lexeme of all) start[ids.get(lexeme)! + 1]! += 1;
  for (let k = 0; k < lexemes.length; k += 1) start[k + 1]! += start[k]!;
  const docs = new Int32Array(start[lexemes.length]!);
  const fields = new Uint8Array(docs.length);
  const next = start.slice(0, lexemes.length);
  const flags = new Uint8Array(lexemes.length);
  // "rankVector" is title, summary and keywords, all also in "searchVector": its lexemes are known ids.
  const mark = (lexemes: readonly string[], flag: number) => {
    for (const lexeme of lexemes) {
      const k = ids.get(lexeme);
      if (k !== undefined) flags[k] = flag === 0 ? 0 : flags[k]! | flag;
    }
  };
  documents.forEach(([all, title, summary], doc) => {
    mark(title, IN_TITLE);
    mark(summary, IN_SHORT_FIELDS);
    for (const lexeme of all) {
      const k = ids.get(lexeme)!;
      const at = next[k]!++;
      docs[at] = doc;
      fields[at] = flags[k]!;
    }
    mark(title, 0);
    mark(summary, 0);
  });
  return { lexemes, lexemeIds: ids, start, docs, fields, scratch: createScratch(documents.length) };
}

/** One tsquery operand: a lexeme, or (prefix) every lexeme starting with it. */
export interface LexemeTerm {
  lexeme: string;
  prefix: boolean;
}
/** Terms that must all match (a tsquery's `&`). */
export type Conjunction = readonly LexemeTerm[];
/** A query: clauses AND-ed, each an OR of conjunctions. Empty conjunctions and clauses must already be dropped. */
export type TextClauses = readonly (readonly Conjunction[])[];

/**
 * Per-document working arrays of one evaluation: stamps tell whether an entry belongs to the
 * current term, conjunction, clause or query; termDocs and clauseDocs list the documents of the
 * current term and clause (each at most once).
 */
function createScratch(n: number) {
  const stamps = () => new Int32Array(n);
  const bytes = () => new Uint8Array(n);
  return {
    termStamp: stamps(),
    termFlags: bytes(),
    termDocs: new Int32Array(n),
    clauseDocs: new Int32Array(n),
    conjStamp: stamps(),
    conjCount: bytes(),
    conjTitle: bytes(),
    conjRanked: bytes(),
    clauseStamp: stamps(),
    clauseLevel: bytes(),
    queryStamp: stamps(),
    queryCount: bytes(),
    queryScore: new Uint16Array(n),
    epoch: 0,
  };
}
type Scratch = ReturnType<typeof createScratch>;

/** A stamp no entry carries yet. */
function nextEpoch(s: Scratch): number {
  if (s.epoch === 0x7fffffff) {
    for (const stamps of [s.termStamp, s.conjStamp, s.clauseStamp, s.queryStamp]) stamps.fill(0);
    s.epoch = 0;
  }
  s.epoch += 1;
  return s.epoch;
}

/** Lexeme ids a term stands for: its own, or the sorted range sharing its prefix. */
function lexemeRange(text: MemoryText, term: LexemeTerm): [from: number, to: number] {
  if (!term.prefix) {
    const k = text.lexemeIds.get(term.lexeme);
    return k === undefined ? [0, 0] : [k, k + 1];
  }
  let low = 0;
  let high = text.lexemes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (text.lexemes[mid]! < term.lexeme) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < text.lexemes.length && text.lexemes[end]!.startsWith(term.lexeme)) end += 1;
  return [low, end];
}

/** Documents containing the term (once each) into scratch.termDocs, their fields into termFlags; returns how many. */
function termDocuments(text: MemoryText, term: LexemeTerm): number {
  const { termStamp, termFlags, termDocs } = text.scratch;
  const { start, docs, fields } = text;
  const [from, to] = lexemeRange(text, term);
  if (to - from === 1) {
    // One lexeme: its postings name every document once already.
    let count = 0;
    for (let p = start[from]!; p < start[to]!; p += 1) {
      termDocs[count++] = docs[p]!;
      termFlags[docs[p]!] = fields[p]!;
    }
    return count;
  }
  const epoch = nextEpoch(text.scratch);
  let count = 0;
  for (let p = start[from]!; p < start[to]!; p += 1) {
    const doc = docs[p]!;
    if (termStamp[doc] !== epoch) {
      termStamp[doc] = epoch;
      termFlags[doc] = fields[p]!;
      termDocs[count++] = doc;
    } else termFlags[doc]! |= fields[p]!;
  }
  return count;
}

/** addConjunction() for a single term: its fields give the level directly. */
function addTerm(text: MemoryText, term: LexemeTerm, clauseEpoch: number, clauseCount: number): number {
  const s = text.scratch;
  const [from, to] = lexemeRange(text, term);
  let count = clauseCount;
  if (to - from === 1) {
    // One lexeme (the usual case): straight from its postings, which name each document once.
    const { docs, fields } = text;
    for (let p = text.start[from]!, end = text.start[to]!; p < end; p += 1) {
      const flags = fields[p]!;
      count = enterClause(s, docs[p]!, flags & IN_TITLE ? 3 : flags & IN_SHORT_FIELDS ? 2 : 1, clauseEpoch, count);
    }
    return count;
  }
  const found = termDocuments(text, term);
  for (let i = 0; i < found; i += 1) {
    const doc = s.termDocs[i]!;
    const flags = s.termFlags[doc]!;
    count = enterClause(s, doc, flags & IN_TITLE ? 3 : flags & IN_SHORT_FIELDS ? 2 : 1, clauseEpoch, count);
  }
  return count;
}

/** Puts the document into the clause (once) at the highest level seen; returns the clause's new size. */
function enterClause(s: Scratch, doc: number, level: number, clauseEpoch: number, count: number): number {
  if (s.clauseStamp[doc] !== clauseEpoch) {
    s.clauseStamp[doc] = clauseEpoch;
    s.clauseLevel[doc] = level;
    s.clauseDocs[count] = doc;
    return count + 1;
  }
  if (level > s.clauseLevel[doc]!) s.clauseLevel[doc] = level;
  return count;
}

/**
 * Adds the documents matching every term to the clause (scratch.clauseDocs from `clauseCount`),
 * raising their level in scratch.clauseLevel to: 3 all terms in the title, 2 all in title,
 * summary or keywords, 1 elsewhere (body). `clauseEpoch` stamps the clause's documents. Returns the new count.
 */
function addConjunction(text: MemoryText, terms: Conjunction, clauseEpoch: number, clauseCount: number): number {
  const s = text.scratch;
  const last = terms.length - 1;
  if (last === 0) return addTerm(text, terms[0]!, clauseEpoch, clauseCount);
  const epoch = nextEpoch(s);
  let found = 0;
  terms.forEach((term, t) => {
    found = termDocuments(text, term);
    for (let i = 0; i < found; i += 1) {
      const doc = s.termDocs[i]!;
      if (t === 0) {
        s.conjStamp[doc] = epoch;
        s.conjCount[doc] = 0;
        s.conjTitle[doc] = 0;
        s.conjRanked[doc] = 0;
      } else if (s.conjStamp[doc] !== epoch || s.conjCount[doc] !== t) continue;
      const flags = s.termFlags[doc]!;
      s.conjCount[doc]! += 1;
      if (flags & IN_TITLE) s.conjTitle[doc]! += 1;
      if (flags & (IN_TITLE | IN_SHORT_FIELDS)) s.conjRanked[doc]! += 1;
    }
  });
  // Every document matching all terms is among the last term's.
  let count = clauseCount;
  for (let i = 0; i < found; i += 1) {
    const doc = s.termDocs[i]!;
    if (s.conjStamp[doc] !== epoch || s.conjCount[doc] !== last + 1) continue;
    count = enterClause(s, doc, s.conjTitle[doc]! > last ? 3 : s.conjRanked[doc]! > last ? 2 : 1, clauseEpoch, count);
  }
  return count;
}

/** How many postings a clause reads: the order in which clauses are cheapest to intersect. */
function clauseCost(text: MemoryText, conjunctions: readonly Conjunction[]): number {
  let cost = 0;
  for (const conjunction of conjunctions) {
    for (const term of conjunction) {
      const [from, to] = lexemeRange(text, term);
      cost += text.start[to]! - text.start[from]!;
    }
  }
  return cost;
}

/** Documents matching every clause and their relevance: per clause TITLE_POINTS or SHORT_FIELD_POINTS. */
export function matchInMemory(text: MemoryText, clauses: TextClauses): { docs: Int32Array; ranks: Float64Array } {
  const s = text.scratch;
  const none = { docs: new Int32Array(0), ranks: new Float64Array(0) };
  if (clauses.length === 0) return none;
  // Narrowest clause first, so a clause nothing matches (a typo) ends the search early. Points
  // add up, so the order changes nothing else.
  const ordered = clauses.map((conjunctions) => ({ conjunctions, cost: clauseCost(text, conjunctions) })).sort((a, b) => a.cost - b.cost);
  const queryEpoch = nextEpoch(s);
  let count = 0;
  for (const [c, { conjunctions }] of ordered.entries()) {
    const clauseEpoch = nextEpoch(s);
    count = 0;
    for (const conjunction of conjunctions) count = addConjunction(text, conjunction, clauseEpoch, count);
    let alive = 0;
    for (let i = 0; i < count; i += 1) {
      const doc = s.clauseDocs[i]!;
      if (c === 0) {
        s.queryStamp[doc] = queryEpoch;
        s.queryCount[doc] = 0;
        s.queryScore[doc] = 0;
      } else if (s.queryStamp[doc] !== queryEpoch || s.queryCount[doc] !== c) continue;
      const level = s.clauseLevel[doc]!;
      s.queryCount[doc]! += 1;
      s.queryScore[doc]! += level === 3 ? TITLE_POINTS : level === 2 ? SHORT_FIELD_POINTS : 0;
      alive += 1;
    }
    if (alive === 0) return none;
  }
  // Every document matching all clauses is among the last clause's.
  const docs = new Int32Array(count);
  const ranks = new Float64Array(count);
  let matched = 0;
  for (let i = 0; i < count; i += 1) {
    const doc = s.clauseDocs[i]!;
    if (s.queryStamp[doc] !== queryEpoch || s.queryCount[doc] !== clauses.length) continue;
    docs[matched] = doc;
    ranks[matched++] = s.queryScore[doc]!;
  }
  return { docs: docs.subarray(0, matched), ranks: ranks.subarray(0, matched) };
}
