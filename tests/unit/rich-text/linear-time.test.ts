import { describe, expect, it } from "vitest";
import { isRichText, richTextToPlain } from "@/lib/rich-text/plain";
import { plainTextToHtml, sanitizeRichText } from "@/lib/rich-text/sanitize";

// Texts of 100,000 characters built to make a backtracking pattern rescan the rest of the text
// from every "<": the earlier patterns (/<\/?[a-z!][^>]*>/, /<(?:p|…)(?:\s[^>]*)?\/?>/,
// /<[^>]*>/ …) took 2–8 s for each of these texts; the linear code takes milliseconds.
const LENGTH = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
const PATHOLOGICAL = {
  "<p ": fill("<p "),
  "<a": fill("<a"),
  "<li": fill("<li"),
  "<br ": fill("<br "),
  "<": fill("<"),
  "<!": fill("<!"),
  '<a href="': fill('<a href="'),
};

describe("rich text on pathological input", () => {
  it.each(Object.entries(PATHOLOGICAL))("handles 100,000 × %j well within a generous bound", (_name, text) => {
    const started = performance.now();
    sanitizeRichText(text);
    isRichText(text);
    richTextToPlain(text);
    // Very generous (the old code needed several seconds for this on the same machine).
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it("treats a long run of unclosed tag starts as plain text and escapes all of it", () => {
    const text = fill("<p ");
    expect(isRichText(text)).toBe(false);
    const html = sanitizeRichText(text);
    expect(html.startsWith("<p>&lt;p &lt;p")).toBe(true);
    expect(html.endsWith("</p>")).toBe(true);
    expect(html.match(/&lt;/g)).toHaveLength(Math.ceil(LENGTH / 3));
    expect(richTextToPlain(html)).toBe(text.trim());
  });

  it("a closing > at the very end still makes it markup, which the sanitizer reduces", () => {
    const text = `${fill("<a")}>`;
    expect(sanitizeRichText(text)).not.toMatch(/<a/);
    expect(isRichText(`${fill("<p ")}>`)).toBe(true);
  });
});

describe("the linear detectors agree with the patterns they replace", () => {
  // The old, quadratic patterns: same answers on every input, only slower on hostile ones.
  const oldIsRichText = (t: string) => /<\/?(?:p|br|strong|em|b|i|ul|ol|li|a|h[1-6])(?:\s[^>]*)?\/?>/i.test(t);
  const oldLooksLikeMarkup = (t: string) => /<\/?[a-z!][^>]*>/i.test(t);
  const samples = [
    "", "Text", "a < b > c", "<p>x</p>", "<br>", "<br/>", "<BR />", "<p class=\"x\">y", "<p class=x", "<pre>x</pre>",
    "<b>fett</b>", "<bx>", "<p/x>", "x <p", "<li data-x='>'>", "</p>", "<h7>", "<h3 >", "<img src=x>", "<!-- c -->",
    "<p\n>", "5 <3 und 4>2", "<strong", "<strong>", "< p>", "<a href=\"https://x.example\">x</a>", "<table><tr>", "<ab <p>",
  ];
  it.each(samples.map((s) => [s]))("isRichText(%j)", (sample) => {
    expect(isRichText(sample)).toBe(oldIsRichText(sample));
  });
  it.each(samples.filter((s) => s.trim()).map((s) => [s]))("plain text or markup: %j", (sample) => {
    // Plain text becomes escaped paragraphs; markup goes through the sanitizer instead.
    const asPlain = sanitizeRichText(sample) === plainTextToHtml(sample.trim());
    expect(asPlain).toBe(!oldLooksLikeMarkup(sample));
  });
});
