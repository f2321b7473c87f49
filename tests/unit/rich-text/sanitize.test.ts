import { describe, expect, it } from "vitest";
import { isRichText, plainTextToHtml, sanitizeRichText } from "@/lib/rich-text/sanitize";
import { richTextToPlain } from "@/lib/rich-text/plain";

const clean = sanitizeRichText;

describe("sanitizeRichText: what is stripped", () => {
  it("removes script and style elements with their content", () => {
    const out = clean("<p>Vor<script>alert('x')</script>Nach</p><style>p{color:red}</style>");
    expect(out).toBe("<p>VorNach</p>");
  });

  it("removes images and every on* handler", () => {
    const out = clean('<p>Bild <img src="x" onerror="alert(1)"> <strong onclick="alert(2)" onmouseover="x">fett</strong></p>');
    expect(out).not.toMatch(/img|onerror|onclick|onmouseover|alert/i);
    expect(out).toContain("<strong>fett</strong>");
  });

  it.each([
    ['<a href="javascript:alert(1)">x</a>'],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>'],
    ['<a href="jav&#x09;ascript:alert(1)">x</a>'],
    ['<a href="&#106;avascript:alert(1)">x</a>'],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>'],
    ['<a href="vbscript:msgbox(1)">x</a>'],
    ['<a href="//evil.example/">x</a>'],
  ])("drops the unsafe link target in %s but keeps the text", (html) => {
    const out = clean(`<p>${html}</p>`);
    expect(out).toBe("<p><a>x</a></p>");
  });

  it("removes style, class, id and unknown attributes", () => {
    expect(clean('<p style="position:fixed" class="x" id="y" data-x="1">Text</p>')).toBe("<p>Text</p>");
  });

  it("survives nested and broken tricks", () => {
    const tricks = [
      "<scr<script>ipt>alert(1)</scr</script>ipt>",
      '<svg><script>alert(1)</script></svg>',
      '<iframe src="javascript:alert(1)"></iframe>',
      '<p><a href="https://ok.example" onclick="alert(1)">ok</a></p>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
      '<form><button formaction="javascript:alert(1)">x</button></form>',
      '"><img src=x onerror=alert(1)>',
    ];
    for (const trick of tricks) {
      const out = clean(trick);
      expect(out).not.toMatch(/<script|<img|<svg|<iframe|<form|<button|onerror=|onclick=|javascript:/i);
    }
  });
});

describe("sanitizeRichText: what is kept", () => {
  it("keeps the allowed tags", () => {
    const html = "<h3>Titel</h3><h4>Unter</h4><p>Text <strong>fett</strong> <em>kursiv</em><br />neu</p><ul><li>a</li></ul><ol><li>b</li></ol>";
    expect(clean(html)).toBe(html);
  });

  it("keeps http(s) links with rel=noopener noreferrer and mailto links as they are", () => {
    expect(clean('<p><a href="https://isb.rlp.de/foerderung" target="_blank">ISB</a></p>')).toBe(
      '<p><a href="https://isb.rlp.de/foerderung" rel="noopener noreferrer">ISB</a></p>',
    );
    expect(clean('<p><a href="mailto:foerderung@example.org" rel="x">Mail</a></p>')).toBe(
      '<p><a href="mailto:foerderung@example.org">Mail</a></p>',
    );
  });

  it("maps b/i and high headings to the allowed equivalents", () => {
    expect(clean("<h1>A</h1><p><b>B</b> <i>C</i></p>")).toBe("<h3>A</h3><p><strong>B</strong> <em>C</em></p>");
  });

  it("is idempotent", () => {
    const once = clean('<p>Ein <a href="https://a.example">Link</a></p><ul><li>x</li></ul>');
    expect(clean(once)).toBe(once);
  });
});

describe("plain text", () => {
  it("becomes paragraphs: blank line = new paragraph, single newline = <br>", () => {
    expect(clean("Zeile 1\nZeile 2\n\nAbsatz 2 mit 5 < 6 & \"Zitat\"")).toBe(
      "<p>Zeile 1<br />Zeile 2</p>\n<p>Absatz 2 mit 5 &lt; 6 &amp; &quot;Zitat&quot;</p>",
    );
    expect(plainTextToHtml("  \n\n ")).toBe("");
  });

  it("with inline markup only still keeps its paragraphs", () => {
    expect(clean("<strong>Neu:</strong> Text\n\nZweiter")).toBe("<p><strong>Neu:</strong> Text</p>\n<p>Zweiter</p>");
  });

  it("is told apart from rich text", () => {
    expect(isRichText("Ein Text ohne Markup\n\nZweiter Absatz")).toBe(false);
    expect(isRichText("Kosten < 5000 € > 0")).toBe(false);
    expect(isRichText("<p>Absatz</p>")).toBe(true);
    expect(isRichText(null)).toBe(false);
  });

  it("richTextToPlain turns stored HTML back into readable text", () => {
    expect(richTextToPlain("<p>A &amp; B<br />C</p>\n<ul><li>x</li><li>y</li></ul>")).toBe("A & B\nC\n\n- x\n- y");
  });
});

describe("line endings", () => {
  it("stores CRLF from textareas as LF, so saving unchanged text changes nothing", () => {
    const stored = clean("Erster Absatz.\n\nZweiter Absatz.");
    expect(clean(stored.replace(/\n/g, "\r\n"))).toBe(stored);
  });
});
