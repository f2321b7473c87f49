import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START, escapeHtml, markedToHtml, stripMarkers } from "@/lib/search/highlight";

describe("highlights", () => {
  it("escapes everything and turns only the markers into <mark>", () => {
    const marked = `<script>${MARK_START}alert${MARK_END}("x")</script> & 'y'`;
    expect(markedToHtml(marked)).toBe("&lt;script&gt;<mark>alert</mark>(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
  });

  it("never leaves a tag open or closes one that was not opened", () => {
    expect(markedToHtml(`${MARK_END}a${MARK_START}b${MARK_START}c`)).toBe("a<mark>bc</mark>");
  });

  it("strips markers from document text before indexing", () => {
    expect(stripMarkers(`a${MARK_START}b${MARK_END}c`)).toBe("abc");
    expect(escapeHtml("<mark>")).toBe("&lt;mark&gt;");
  });
});
