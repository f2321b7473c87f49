import { readdirSync, readFileSync } from "node:fs";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";

// Every catalogue (messages/<locale>/) holds the German catalogue's keys, and each message the same
// arguments, plural and select branches and tags, so no text falls back or loses a value.
const ROOT = new URL("../../../messages/", import.meta.url);
const SOURCE = "de";
const locales = readdirSync(ROOT).filter((name) => name !== SOURCE);
const files = readdirSync(new URL(`${SOURCE}/`, ROOT)).filter((name) => name.endsWith(".json"));

type Tree = string | Tree[] | { [key: string]: Tree };

function read(locale: string, file: string): Tree {
  return JSON.parse(readFileSync(new URL(`${locale}/${file}`, ROOT), "utf8")) as Tree;
}

/** Every message by its key path. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof tree === "string") return out.set(prefix, tree);
  for (const [key, value] of Object.entries(tree)) for (const entry of flatten(value, prefix ? `${prefix}.${key}` : key)) out.set(...entry);
  return out;
}

/**
 * <de>…</de> marks a German name inside a French or English text (rendered lang="de"); the German
 * text needs no such mark, so it is the one tag a translation may add.
 */
const GERMAN_MARK = "de";

/** What a translation must keep: argument names with their kind, branch keys, tag names. */
function shape(message: string): string[] {
  const out: string[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
        out.push(`${TYPE[element.type]}:${element.value}`);
      } else if (element.type === TYPE.plural || element.type === TYPE.select) {
        out.push(`${TYPE[element.type]}:${element.value}[${Object.keys(element.options).sort().join(",")}]`);
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.tag) {
        if (element.value !== GERMAN_MARK) out.push(`tag:${element.value}`);
        walk(element.children);
      }
    }
  };
  walk(parse(message));
  return out.sort();
}

describe("message catalogues", () => {
  it("exist for French and English beside German", () => {
    expect(locales.sort()).toEqual(["en", "fr"]);
  });

  it("parse in German", () => {
    for (const file of files) for (const [key, message] of flatten(read(SOURCE, file))) expect(() => shape(message), `${file} ${key}`).not.toThrow();
  });

  it("mark German names only where the page renders the mark (components/legal/legal-page.tsx)", () => {
    const marked = locales.flatMap((locale) =>
      files.flatMap((file) => [...flatten(read(locale, file))].filter(([, message]) => message.includes(`<${GERMAN_MARK}>`)).map(([key]) => `${file} ${key}`)),
    );
    expect([...new Set(marked)].sort()).toEqual(["legal.json accessibility.enforcement", "legal.json privacy.rights"]);
  });

  describe.each(locales)("%s", (locale) => {
    it("has the German files", () => {
      expect(readdirSync(new URL(`${locale}/`, ROOT)).sort()).toEqual([...files].sort());
    });

    it.each(files)("%s has every German key and no other, each with the same arguments, branches and tags", (file) => {
      const german = flatten(read(SOURCE, file));
      const translated = flatten(read(locale, file));
      expect([...translated.keys()].sort()).toEqual([...german.keys()].sort());
      for (const [key, message] of german) expect(shape(translated.get(key) ?? ""), `${locale}/${file} ${key}`).toEqual(shape(message));
    });
  });
});
