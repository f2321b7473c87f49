import { describe, expect, it } from "vitest";
import {
  buildFilterClauses,
  dayNumber,
  deadlineSegments,
  facetAttribute,
  filterArray,
  filterString,
  quoteFilterValue,
} from "@/lib/search/meilisearch/filter";

// A parser for the part of Meilisearch's filter grammar we emit, written after its filter-parser
// crate: inside quotes `\` skips the next character; if an escaped quote occurred, `\"` becomes `"`;
// then Rust-style escapes (`\\`, `\n` …) are resolved. Structure is asserted on its syntax tree.
type Node =
  | { kind: "and" | "or"; children: Node[] }
  | { kind: "not"; child: Node }
  | { kind: "cond"; attribute: string; op: string; values: (string | number)[] };

type Token = { t: "str" | "word" | "sym"; v: string };

const RUST_ESCAPES: Record<string, string> = { "\\": "\\", '"': '"', "'": "'", n: "\n", r: "\r", t: "\t", "0": "\0" };

function unescapeRust(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== "\\") { out += s[i]; continue; }
    const next = s[++i];
    if (next === undefined || !(next in RUST_ESCAPES)) throw new Error(`invalid escape \\${next}`);
    out += RUST_ESCAPES[next];
  }
  return out;
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (c === '"' || c === "'") {
      let j = i + 1, escapedQuote = false;
      for (; j < input.length && input[j] !== c; j++) {
        if (input[j] === "\\") {
          if (j + 1 >= input.length) throw new Error("malformed value");
          if (input[++j] === c) escapedQuote = true;
        }
      }
      if (j >= input.length) throw new Error("missing closing quote");
      let raw = input.slice(i + 1, j);
      if (escapedQuote) raw = raw.replaceAll(`\\${c}`, c);
      tokens.push({ t: "str", v: unescapeRust(raw) });
      i = j + 1;
      continue;
    }
    const sym = /^(!=|>=|<=|=|<|>|\(|\)|\[|\]|,)/.exec(input.slice(i));
    if (sym) { tokens.push({ t: "sym", v: sym[0] }); i += sym[0].length; continue; }
    const word = /^[\p{L}\p{N}_.-]+/u.exec(input.slice(i));
    if (!word) throw new Error(`unexpected ${JSON.stringify(c)}`);
    tokens.push({ t: "word", v: word[0] });
    i += word[0].length;
  }
  return tokens;
}

function parse(input: string): Node {
  const tokens = tokenize(input);
  let pos = 0;
  const peek = () => tokens[pos];
  const isKw = (kw: string) => peek()?.t === "word" && peek()!.v.toUpperCase() === kw;
  const take = () => { const tok = tokens[pos++]; if (!tok) throw new Error("unexpected end"); return tok; };
  const expect = (v: string) => { const tok = take(); if (tok.v !== v) throw new Error(`expected ${v}, got ${tok.v}`); };
  const value = (): string | number => {
    const tok = take();
    if (tok.t === "str") return tok.v;
    if (tok.t === "word" && /^-?\d+(\.\d+)?$/.test(tok.v)) return Number(tok.v);
    if (tok.t === "word" && !["AND", "OR", "NOT", "IN", "TO", "EXISTS"].includes(tok.v.toUpperCase())) return tok.v;
    throw new Error(`expected a value, got ${tok.v}`);
  };
  const binary = (kind: "and" | "or", kw: string, next: () => Node) => (): Node => {
    const children = [next()];
    while (isKw(kw)) { pos++; children.push(next()); }
    return children.length === 1 ? children[0]! : { kind, children };
  };
  const primary = (): Node => {
    if (isKw("NOT")) { pos++; return { kind: "not", child: primary() }; }
    if (peek()?.v === "(" && peek()?.t === "sym") { pos++; const inner = or(); expect(")"); return inner; }
    const attribute = String(value());
    if (isKw("NOT")) { pos++; const kw = take().v.toUpperCase(); return { kind: "not", child: condRest(attribute, kw) }; }
    if (peek()?.t === "sym") return { kind: "cond", attribute, op: take().v, values: [value()] };
    return condRest(attribute, take().v.toUpperCase());
  };
  const condRest = (attribute: string, kw: string): Node => {
    if (kw === "EXISTS") return { kind: "cond", attribute, op: "EXISTS", values: [] };
    if (kw !== "IN") throw new Error(`unsupported ${kw}`);
    expect("[");
    const values = [value()];
    while (peek()?.v === ",") { pos++; values.push(value()); }
    expect("]");
    return { kind: "cond", attribute, op: "IN", values };
  };
  const and = binary("and", "AND", primary);
  const or = binary("or", "OR", and);
  const tree = or();
  if (pos !== tokens.length) throw new Error(`trailing input at token ${pos}`);
  return tree;
}

const EVIL = [
  'x" OR type = "advisor',
  "x' OR type = 'advisor",
  "\\",
  '\\"',
  '\\\\" OR type = "advisor',
  'a"] OR f_thema IN ["b',
  "line\nbreak\r\n\tand tab",
  "ends with backslash \\",
  "ümlaut ß – “quotes” 🦀 \u0000 \u2028",
  ") OR (type EXISTS",
  "\\n is not a newline",
  "",
];

const ALLOWED = new Set(["foerderart", "thema", "gebiet"]);
const base = { types: [], statuses: [], filters: {}, today: "2026-03-15" };

describe("quoteFilterValue", () => {
  it.each(EVIL)("keeps %j one value that round-trips", (value) => {
    expect(parse(`f_thema = ${quoteFilterValue(value)}`)).toEqual({ kind: "cond", attribute: "f_thema", op: "=", values: [value] });
  });

  it("(control) the parser does catch naive quoting being broken out of", () => {
    const naive = (value: string) => `"${value}"`;
    expect(parse(`f_thema = ${naive('x" OR type = "advisor')}`).kind).toBe("or");
    expect(() => parse(`f_thema = ${naive("x\\")}`)).toThrow();
  });

  it("round-trips random strings made of the characters that matter", () => {
    const alphabet = ['"', "'", "\\", " ", "\n", "(", ")", "[", "]", ",", "=", "a", "Ö", "🦀", "O", "R"];
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      const value = Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
      expect(parse(`x IN [${quoteFilterValue(value)}, "y"]`)).toEqual({ kind: "cond", attribute: "x", op: "IN", values: [value, "y"] });
    }
  });
});

describe("buildFilterClauses", () => {
  it("puts each restriction into its own clause; malicious values stay values", () => {
    const clauses = buildFilterClauses(
      { ...base, types: ["programme"], statuses: ["offen"], filters: { thema: EVIL, foerderart: ['zuschuss" OR type = "advisor'] } },
      ALLOWED,
    );
    const parts = filterArray(clauses);
    expect(parts).toHaveLength(4);
    const tree = parse(filterString(parts));
    expect(tree.kind).toBe("and");
    expect(tree.kind === "and" && tree.children).toHaveLength(4);
    expect(parse(clauses.facets.thema!)).toEqual({ kind: "cond", attribute: "f_thema", op: "IN", values: EVIL });
    expect(parse(clauses.facets.foerderart!)).toEqual({ kind: "cond", attribute: "f_foerderart", op: "IN", values: ['zuschuss" OR type = "advisor'] });
    expect(parse(clauses.type!)).toEqual({ kind: "cond", attribute: "type", op: "IN", values: ["programme"] });
  });

  it("never turns an unknown or hostile facet key into an attribute", () => {
    const clauses = buildFilterClauses(
      { ...base, filters: { 'type = "advisor" OR x': ["a"], status: ["offen"], type: ["advisor"], thema: [] } },
      ALLOWED,
    );
    expect(filterArray(clauses)).toEqual([]);
    expect(() => facetAttribute("a b")).toThrow();
    expect(() => facetAttribute("thema OR x")).toThrow();
    expect(facetAttribute("foerderart")).toBe("f_foerderart");
  });

  it("leaves out exactly the requested restriction for disjunctive counts", () => {
    const clauses = buildFilterClauses(
      { ...base, types: ["advisor"], filters: { thema: ["ki"], gebiet: ["trier"] } },
      ALLOWED,
    );
    const withoutThema = filterArray(clauses, { withoutFacet: "thema" });
    expect(withoutThema).toEqual([clauses.type, clauses.facets.gebiet]);
    expect(filterArray(clauses, { withoutType: true })).toEqual([clauses.facets.thema, clauses.facets.gebiet]);
  });

  it("expresses statuses as numeric day comparisons relative to today", () => {
    const today = dayNumber("2026-03-15");
    expect(today).toBe(20527);
    const tree = parse(buildFilterClauses({ ...base, statuses: ["geschlossen", "demnaechst"] }, ALLOWED).status!);
    expect(tree.kind).toBe("or");
    expect(tree.kind === "or" && tree.children).toHaveLength(2);
    const closed = tree.kind === "or" ? tree.children[0] : undefined;
    expect(closed).toEqual({
      kind: "and",
      children: [
        { kind: "cond", attribute: "type", op: "=", values: ["programme"] },
        { kind: "cond", attribute: "deadlineDay", op: "<", values: [today] },
      ],
    });
  });

  it("rejects a malformed today instead of building a filter from it", () => {
    expect(() => buildFilterClauses({ ...base, today: "2026-03-15 OR 1" }, ALLOWED)).toThrow();
  });
});

describe("deadlineSegments", () => {
  it("emits five parseable segments with allow-listed sorts", () => {
    const segments = deadlineSegments(dayNumber("2026-03-15"));
    expect(segments).toHaveLength(5);
    for (const segment of segments) expect(() => parse(segment.filter)).not.toThrow();
    expect(segments.map((s) => s.sort)).toEqual([["deadlineDay:asc"], [], ["applicationStartDay:asc"], ["deadlineDay:desc"], []]);
  });
});
