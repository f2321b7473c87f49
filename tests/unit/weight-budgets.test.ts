import { describe, expect, it } from "vitest";
import { BUDGETS, KIB, overBudget, scriptSources, stylesheetHrefs } from "../weight/budgets";

const page = { path: "/foerderprogramme", htmlBytes: 50 * KIB, scripts: 140 * KIB, styles: 12 * KIB, results: true };
const FLOOR = 130 * KIB;

describe("weight budgets", () => {
  it("passes a page within every budget", () => {
    expect(overBudget(page, FLOOR)).toEqual([]);
  });

  it("names each budget a page grows past", () => {
    const grown = { ...page, htmlBytes: BUDGETS.resultsHtml + 1, scripts: FLOOR + BUDGETS.scriptsOverFloor + 1, styles: BUDGETS.styles + 1 };
    const over = overBudget(grown, FLOOR);
    expect(over).toHaveLength(3);
    expect(over[0]).toMatch(/^\/foerderprogramme: HTML 60\.0 KiB > 60\.0 KiB$/);
    expect(over[1]).toMatch(/JavaScript .* \+ 15\.0 KiB > \+ 15\.0 KiB$/);
    expect(over[2]).toMatch(/CSS 20\.0 KiB > 20\.0 KiB$/);
  });

  it("holds only results pages to the HTML budget", () => {
    expect(overBudget({ ...page, results: false, htmlBytes: 200 * KIB }, FLOOR)).toEqual([]);
  });

  it("counts scripts the browser loads, not the nomodule polyfills, and stylesheets", () => {
    const html =
      '<link rel="stylesheet" href="/_next/a.css" data-precedence="next"/><link rel="preload" href="/_next/b.js" as="script"/>' +
      '<script src="/_next/one.js" async=""></script><script src="/_next/poly.js" noModule=""></script><script>self.__next_f.push([1,""])</script>';
    expect(scriptSources(html)).toEqual(["/_next/one.js"]);
    expect(stylesheetHrefs(html)).toEqual(["/_next/a.css"]);
  });
});
