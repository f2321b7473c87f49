import { gzipSync } from "node:zlib";

// The weight budgets of issue 17, in KiB: what a person on a slow phone connection downloads and
// parses before a page is usable. JavaScript counts against the framework's floor: what Next.js
// loads for a page without any client component of ours (tests/weight/floor-app, same packages).
export const KIB = 1024;
export const BUDGETS = {
  /** Raw HTML including the inline flight payload, for a results page of 20 entries. */
  resultsHtml: 60 * KIB,
  /** Gzipped JavaScript a page loads at once, above the framework's floor. */
  scriptsOverFloor: 15 * KIB,
  /** Gzipped CSS a page loads. */
  styles: 20 * KIB,
} as const;

/** Transfer size as the server's gzip sends it (zlib's default level, as nginx and Node use). */
export function gzipSize(body: Buffer | string): number {
  return gzipSync(body).length;
}

/** Scripts the browser loads at once: every <script src>, except the nomodule polyfills a browser of today skips. */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1] ?? "")
    .filter((attributes) => !/\bnomodule\b/i.test(attributes))
    .map((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1])
    .filter((src): src is string => Boolean(src));
}

export function stylesheetHrefs(html: string): string[] {
  return [...html.matchAll(/<link\b([^>]*)>/g)]
    .map((match) => match[1] ?? "")
    .filter((attributes) => /\brel="stylesheet"/.test(attributes))
    .map((attributes) => /\bhref="([^"]+)"/.exec(attributes)?.[1])
    .filter((href): href is string => Boolean(href));
}

export interface PageWeight {
  path: string;
  htmlBytes: number;
  /** Gzipped bytes of the scripts loaded at once. */
  scripts: number;
  /** Gzipped bytes of the stylesheets. */
  styles: number;
  /** Whether the page is a results page of 20 entries, which the HTML budget is for. */
  results: boolean;
}

/** Every budget the page exceeds, in words; empty when it keeps them all. */
export function overBudget(page: PageWeight, floorScripts: number): string[] {
  const over: string[] = [];
  const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;
  if (page.results && page.htmlBytes > BUDGETS.resultsHtml) over.push(`${page.path}: HTML ${kib(page.htmlBytes)} > ${kib(BUDGETS.resultsHtml)}`);
  const ownScripts = page.scripts - floorScripts;
  if (ownScripts > BUDGETS.scriptsOverFloor) {
    over.push(`${page.path}: JavaScript ${kib(page.scripts)} = floor ${kib(floorScripts)} + ${kib(ownScripts)} > + ${kib(BUDGETS.scriptsOverFloor)}`);
  }
  if (page.styles > BUDGETS.styles) over.push(`${page.path}: CSS ${kib(page.styles)} > ${kib(BUDGETS.styles)}`);
  return over;
}
