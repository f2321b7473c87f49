import { getSchema } from "@tiptap/core";
import type { DOMOutputSpec, Mark, Node } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { richTextExtensions } from "@/components/forms/rich-text/extensions";
import { ALLOWED_TAGS } from "@/lib/rich-text/sanitize";

// The editor's toolbar and schema must offer exactly the sanitizer's subset: a node the editor
// can make but the server drops would vanish on save, a tag the server keeps but the editor
// cannot make would be lost when such a text is edited.
const schema = getSchema(richTextExtensions());

const tagOf = (spec: DOMOutputSpec) => (Array.isArray(spec) ? String(spec[0]) : null);

describe("rich-text editor schema", () => {
  it("has the subset's nodes and marks only", () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(["bulletList", "doc", "hardBreak", "heading", "listItem", "orderedList", "paragraph", "text"]);
    expect(Object.keys(schema.marks).sort()).toEqual(["bold", "italic", "link"]);
  });

  it("writes exactly the sanitizer's allowed tags", () => {
    const tags = new Set<string>();
    for (const [name, type] of Object.entries(schema.nodes)) {
      if (name === "doc" || name === "text") continue;
      const nodes: Node[] = name === "heading" ? [3, 4].map((level) => type.create({ level })) : [type.create()];
      for (const node of nodes) tags.add(tagOf(type.spec.toDOM!(node))!);
    }
    for (const [name, type] of Object.entries(schema.marks)) {
      const mark: Mark = type.create(name === "link" ? { href: "https://example.org" } : {});
      tags.add(tagOf(type.spec.toDOM!(mark, true))!);
    }
    expect([...tags].sort()).toEqual([...ALLOWED_TAGS].sort());
  });

  it("offers headings of the allowed levels only", () => {
    const heading = schema.nodes.heading!;
    expect(heading.create({ level: 3 }).attrs.level).toBe(3);
    const levels = richTextExtensions().find((e) => e.name === "heading")!.options as { levels: number[] };
    expect(levels.levels).toEqual([3, 4]);
  });
});
