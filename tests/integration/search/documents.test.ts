import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { buildAllDocuments, buildDocuments } from "@/lib/search/documents";
import { indexedFacetParamsOf } from "@/lib/facets/registry";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import type { SearchDocument, SearchEngine } from "@/lib/search/types";
import { baseQuery } from "./fixtures";
import { openRollbackTransaction } from "./rollback";

// Documents built from the demo seed (the integration database), indexed inside a rolled-back
// transaction so the shared index stays as the setup built it.

const DRAFT_SLUGS = ["entwurf-ki-werkstatt", "entwurf-datenraum-mosel", "pruefung-cybersicherheitsbonus", "digital-jetzt", "entwurf-digitallotsin-bernkastel-wittlich", "entwurf-domfreihof-webdesign"];

const all: SearchDocument[] = [];
let engine: SearchEngine;
let rollback: () => Promise<void>;

beforeAll(async () => {
  for await (const batch of buildAllDocuments({ batchSize: 25 })) all.push(...batch);
  const opened = await openRollbackTransaction();
  rollback = opened.rollback;
  engine = createPostgresEngine(opened.tx);
  await engine.clear();
  await engine.index(all);
});
afterAll(() => rollback());

describe("search documents from the database", () => {
  it("contains every published entry once, nothing unpublished", async () => {
    const [programmes, advisors, providers, events, initiatives, news] = await Promise.all([
      db.programme.count({ where: { status: "PUBLISHED" } }),
      db.advisor.count({ where: { status: "PUBLISHED" } }),
      db.provider.count({ where: { status: "PUBLISHED" } }),
      db.event.count({ where: { status: "PUBLISHED" } }),
      db.initiative.count({ where: { status: "PUBLISHED" } }),
      db.newsItem.count({ where: { status: "PUBLISHED" } }),
    ]);
    expect(all.length).toBe(programmes + advisors + providers + events + initiatives + news);
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
    expect(all.filter((d) => DRAFT_SLUGS.includes(d.slug))).toEqual([]);
    const draft = await db.programme.findUniqueOrThrow({ where: { slug: "entwurf-ki-werkstatt" }, select: { id: true } });
    expect(await buildDocuments("programme", [draft.id])).toEqual([]);
  });

  it("keys facets like the list pages' URL parameters; wider-area entries count in every Kreis", async () => {
    for (const doc of all) expect(Object.keys(doc.facets).sort()).toEqual(indexedFacetParamsOf(doc.type).sort());
    const kreise = (await db.region.findMany({ where: { kind: "KREIS" }, select: { slug: true } })).map((r) => r.slug).sort();
    const bund = all.find((d) => d.type === "programme" && d.facets.ebene?.includes("bund"))!;
    expect([...bund.facets.gebiet!].sort()).toEqual(kreise);
    expect(all.filter((d) => d.type === "provider").every((d) => d.facets.gebiet!.length === 1)).toBe(true);
  });

  it("carries the German labels of facet values and the funding body as keywords", async () => {
    const zuschuss = all.find((d) => d.type === "programme" && d.facets.foerderart?.includes("zuschuss"))!;
    expect(zuschuss.keywords).toContain("Zuschuss");
    const handwerk = all.find((d) => d.type === "provider" && d.facets.branche?.includes("handwerk"))!;
    expect(handwerk.keywords).toContain("Handwerk");
  });

  it("answers the issue's example queries on the demo data", async () => {
    const first = async (text: string) => (await engine.search({ ...baseQuery, text, today: new Date().toISOString().slice(0, 10) })).hits.map((h) => `${h.type}:${h.slug}`);
    expect((await first("Digitalisirung Zuschuss")).length).toBeGreaterThan(0);
    expect((await first("KI Förderung")).slice(0, 5)).toContain("programme:ki-gutschein-rheinland-pfalz");
    expect((await first("Foerderung Webseite")).length).toBeGreaterThan(0);
    expect(await first("Moselbyte")).toContain("provider:moselbyte-digital");
  });
});
