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
 * Working arrays of one evaluation. termStamp and termFlags mark a scanned term's documents;
 * candidates and candidateMask hold a conjunction's surviving documents (by position);
 * clauseStamp and clauseLevel mark a scanned clause's documents, clauseDocs lists them; alive
 * holds the documents matching every clause so far, score their points (by document).
 */
function createScratch(n: number) {
  return {
    termStamp: new Int32Array(n),
    termFlags: new Uint8Array(n),
    termDocs: new Int32Array(n),
    candidates: new Int32Array(n),
    candidateMask: new Uint8Array(n),
    clauseStamp: new Int32Array(n),
    clauseLevel: new Uint8Array(n),
    clauseDocs: new Int32Array(n),
    alive: new Int32Array(n),
    score: new Uint16Array(n),
    epoch: 0,
  };
}
type Scratch = ReturnType<typeof createScratch>;

/** A stamp no entry carries yet. */
function nextEpoch(s: Scratch): number {
  if (s.epoch === 0x7fffffff) {
    s.termStamp.fill(0);
    s.clauseStamp.fill(0);
    s.epoch = 0;
  }
  s.epoch += 1;
  return s.epoch;
}

/**
 * A term resolved against the index: lexeme ids [from, to), how many postings a scan reads, and
 * what finding one document costs by binary search in each lexeme's postings (PROBE_STEP each step).
 */
interface Term {
  from: number;
  to: number;
  postings: number;
  probeCost: number;
}
interface Clause {
  conjunctions: Term[][];
  postings: number;
  probeCost: number;
}

/**
 * A binary-search step against a posting read in a scan: a step's read is unpredictable, a
 * scan's sequential. Measured on 92 040 documents, 2 makes the cheaper choice either way.
 */
const PROBE_STEP = 2;

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

function resolveTerm(text: MemoryText, term: LexemeTerm): Term {
  const [from, to] = lexemeRange(text, term);
  let probeCost = 0;
  for (let k = from; k < to; k += 1) probeCost += PROBE_STEP * (Math.log2(text.start[k + 1]! - text.start[k]! + 1) + 1);
  return { from, to, postings: text.start[to]! - text.start[from]!, probeCost };
}

function resolveClause(text: MemoryText, conjunctions: readonly Conjunction[]): Clause {
  // Within a conjunction the rarest term first: it bounds the candidates the others are checked for.
  const resolved = conjunctions.map((terms) => terms.map((term) => resolveTerm(text, term)).sort((a, b) => a.postings - b.postings));
  const sum = (pick: (term: Term) => number) => resolved.reduce((total, terms) => total + terms.reduce((t, term) => t + pick(term), 0), 0);
  return { conjunctions: resolved, postings: sum((t) => t.postings), probeCost: sum((t) => t.probeCost) };
}

/** The document's fields over the term's lexemes (IN_TITLE, IN_SHORT_FIELDS), or -1 if it has none of them. */
function probe(text: MemoryText, term: Term, doc: number): number {
  const { start, docs, fields } = text;
  let flags = -1;
  for (let k = term.from; k < term.to; k += 1) {
    let low = start[k]!;
    let high = start[k + 1]!;
    const end = high;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (docs[mid]! < doc) low = mid + 1;
      else high = mid;
    }
    if (low < end && docs[low] === doc) flags = flags < 0 ? fields[low]! : flags | fields[low]!;
  }
  return flags;
}

/**
 * Stamps the term's documents with a new epoch (scratch.epoch afterwards), ORs their fields into
 * termFlags and lists each once in termDocs; returns how many.
 */
function markTerm(text: MemoryText, term: Term): number {
  const { termStamp, termFlags, termDocs } = text.scratch;
  const { docs, fields } = text;
  const epoch = nextEpoch(text.scratch);
  let count = 0;
  for (let p = text.start[term.from]!, end = text.start[term.to]!; p < end; p += 1) {
    const doc = docs[p]!;
    if (termStamp[doc] !== epoch) {
      termStamp[doc] = epoch;
      termFlags[doc] = fields[p]!;
      termDocs[count++] = doc;
    } else termFlags[doc]! |= fields[p]!;
  }
  return count;
}

/** Documents containing the term (once each) into scratch.termDocs, their fields into termFlags; returns how many. */
function termDocuments(text: MemoryText, term: Term): number {
  if (term.to - term.from !== 1) return markTerm(text, term);
  // One lexeme: its postings name every document once already, no stamps needed.
  const { termFlags, termDocs } = text.scratch;
  const { start, docs, fields } = text;
  let count = 0;
  for (let p = start[term.from]!, end = start[term.to]!; p < end; p += 1) {
    termDocs[count++] = docs[p]!;
    termFlags[docs[p]!] = fields[p]!;
  }
  return count;
}

/** Level of a document for a term's fields: 3 in the title, 2 in summary or keywords, 1 elsewhere. */
const levelOf = (flags: number) => (flags & IN_TITLE ? 3 : flags & IN_SHORT_FIELDS ? 2 : 1);

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

// candidateMask bits: every term so far in the title; every term so far in title, summary or keywords.
const ALL_TITLE = 1;
const ALL_RANKED = 2;
const levelOfMask = (mask: number) => (mask & ALL_TITLE ? 3 : mask & ALL_RANKED ? 2 : 1);
const maskOf = (flags: number) => (flags & IN_TITLE ? ALL_TITLE | ALL_RANKED : flags & IN_SHORT_FIELDS ? ALL_RANKED : 0);

/**
 * Adds the documents matching every term to the clause (scratch.clauseDocs from `clauseCount`),
 * raising their level in scratch.clauseLevel to: 3 all terms in the title, 2 all in title,
 * summary or keywords, 1 elsewhere (body). `clauseEpoch` stamps the clause's documents. Returns the new count.
 */
function addConjunction(text: MemoryText, terms: readonly Term[], clauseEpoch: number, clauseCount: number): number {
  const s = text.scratch;
  const { candidates, candidateMask, termFlags, termDocs } = s;
  if (terms.length === 1) {
    // Straight from the postings: enterClause keeps a document once, at its highest level, which
    // is the level of its fields OR-ed over a prefix's lexemes.
    const { docs, fields } = text;
    let count = clauseCount;
    for (let p = text.start[terms[0]!.from]!, end = text.start[terms[0]!.to]!; p < end; p += 1) {
      count = enterClause(s, docs[p]!, levelOf(fields[p]!), clauseEpoch, count);
    }
    return count;
  }
  let n = termDocuments(text, terms[0]!);
  for (let i = 0; i < n; i += 1) {
    candidates[i] = termDocs[i]!;
    candidateMask[i] = maskOf(termFlags[termDocs[i]!]!);
  }
  // Each further term: look the few candidates up in its postings, or scan them, whichever reads less.
  for (let t = 1; t < terms.length && n > 0; t += 1) {
    const term = terms[t]!;
    let kept = 0;
    if (n * term.probeCost < term.postings) {
      for (let i = 0; i < n; i += 1) {
        const flags = probe(text, term, candidates[i]!);
        if (flags < 0) continue;
        candidates[kept] = candidates[i]!;
        candidateMask[kept++] = candidateMask[i]! & maskOf(flags);
      }
    } else {
      markTerm(text, term);
      const epoch = s.epoch;
      for (let i = 0; i < n; i += 1) {
        const doc = candidates[i]!;
        if (s.termStamp[doc] !== epoch) continue;
        candidates[kept] = doc;
        candidateMask[kept++] = candidateMask[i]! & maskOf(termFlags[doc]!);
      }
    }
    n = kept;
  }
  let count = clauseCount;
  for (let i = 0; i < n; i += 1) {
    const mask = candidateMask[i]!;
    count = enterClause(s, candidates[i]!, levelOfMask(mask), clauseEpoch, count);
  }
  return count;
}

/** The document's level for a clause by lookups alone (0: no conjunction matches), as addConjunction would give it. */
function probeClause(text: MemoryText, clause: Clause, doc: number): number {
  let best = 0;
  for (const terms of clause.conjunctions) {
    let mask = ALL_TITLE | ALL_RANKED;
    let matched = true;
    for (const term of terms) {
      const flags = probe(text, term, doc);
      if (flags < 0) {
        matched = false;
        break;
      }
      mask &= maskOf(flags);
    }
    if (matched) best = Math.max(best, levelOfMask(mask));
    if (best === 3) break;
  }
  return best;
}

const pointsOf = (level: number) => (level === 3 ? TITLE_POINTS : level === 2 ? SHORT_FIELD_POINTS : 0);

/** Documents matching every clause and their relevance: per clause TITLE_POINTS or SHORT_FIELD_POINTS. */
export function matchInMemory(text: MemoryText, clauses: TextClauses): { docs: Int32Array; ranks: Float64Array } {
  const s = text.scratch;
  const { alive, score, clauseDocs, clauseLevel, clauseStamp } = s;
  const none = { docs: new Int32Array(0), ranks: new Float64Array(0) };
  if (clauses.length === 0) return none;
  // Narrowest clause first: its documents are the candidates, which only shrink; a clause nothing
  // matches (a typo) ends the search early. Points add up, so the order changes nothing else.
  const ordered = clauses.map((conjunctions) => resolveClause(text, conjunctions)).sort((a, b) => a.postings - b.postings);
  let n = 0;
  for (const [c, clause] of ordered.entries()) {
    if (c > 0 && n * clause.probeCost < clause.postings) {
      // Few candidates left: look each one up instead of reading a broad clause's postings.
      let kept = 0;
      for (let i = 0; i < n; i += 1) {
        const doc = alive[i]!;
        const level = probeClause(text, clause, doc);
        if (level === 0) continue;
        score[doc]! += pointsOf(level);
        alive[kept++] = doc;
      }
      n = kept;
    } else {
      const clauseEpoch = nextEpoch(s);
      let count = 0;
      for (const terms of clause.conjunctions) count = addConjunction(text, terms, clauseEpoch, count);
      if (c === 0) {
        for (let i = 0; i < count; i += 1) {
          const doc = clauseDocs[i]!;
          alive[i] = doc;
          score[doc] = pointsOf(clauseLevel[doc]!);
        }
        n = count;
      } else {
        let kept = 0;
        for (let i = 0; i < n; i += 1) {
          const doc = alive[i]!;
          if (clauseStamp[doc] !== clauseEpoch) continue;
          score[doc]! += pointsOf(clauseLevel[doc]!);
          alive[kept++] = doc;
        }
        n = kept;
      }
    }
    if (n === 0) return none;
  }
  const docs = alive.slice(0, n);
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i += 1) ranks[i] = score[docs[i]!]!;
  return { docs, ranks };
}
