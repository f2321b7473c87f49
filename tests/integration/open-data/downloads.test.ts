import { Parser, Store } from "n3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PublicationStatus } from "@/lib/db/enums";
import { parseCsv } from "@/lib/import/csv";
import { createEvent, createInitiative, createOrganisation, createProgramme, get, removeFixtures, resetApiLimit } from "./fixtures";

vi.mock("next/cache", async (original) => (await import("../support/outside-next")).uncachedNextCache(original));
vi.mock("next-intl/server", async () => (await import("../support/outside-next")).namespacedMessageKeys);

const { GET: download } = await import("@/app/(public)/daten/[file]/route");
const fetchFile = (file: string, headers: Record<string, string> = {}) => download(get(`/daten/${file}`, headers), { params: Promise.resolve({ file }) });

const prefix = `it-downloads-${process.pid}-${Date.now()}`;
const word = `dltest${process.pid}x${Date.now()}`;

beforeAll(async () => {
  await resetApiLimit();
  const org = await createOrganisation(prefix);
  await createProgramme(prefix, "published", word, org.id);
  await createProgramme(prefix, "draft", word, org.id, PublicationStatus.DRAFT);
  await createEvent(prefix, "event-soon", word, org.id, 24);
  await createEvent(prefix, "event-over", word, org.id, -24);
  await createInitiative(prefix, "initiative", word, org.id);
});

afterAll(async () => {
  await removeFixtures(prefix);
  await resetApiLimit();
});

describe("bulk downloads under /daten", () => {
  it("gives the programmes as CSV (BOM, ';') with every published entry and no draft", async () => {
    const response = await fetchFile("foerderprogramme.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes.slice(3)), ";");
    const slug = header!.cells.indexOf("slug");
    const status = header!.cells.indexOf("status");
    const slugs = rows.map((row) => row.cells[slug]);
    expect(slugs).toContain(`${prefix}-published`);
    expect(slugs).not.toContain(`${prefix}-draft`);
    expect(rows.find((row) => row.cells[slug] === `${prefix}-published`)!.cells[status]).toBe("rolling");
  });

  it("gives each directory as JSON with licence and publisher, and answers 304 for its ETag", async () => {
    for (const name of ["foerderprogramme", "berater", "dienstleister", "veranstaltungen", "initiativen"]) {
      const response = await fetchFile(`${name}.json`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { licence: { name: string }; publisher: string; items: { id: string }[] };
      expect(body.licence.name).toBe("CC BY 4.0");
      expect(body.publisher).toBe("Initiative Region Trier e. V.");
      expect(body.items.length).toBeGreaterThan(0);
      const again = await fetchFile(`${name}.json`, { "If-None-Match": response.headers.get("etag")! });
      expect(again.status).toBe(304);
    }
  });

  it("describes the data in DCAT-AP.de Turtle whose every download address answers", async () => {
    const response = await fetchFile("dcat.ttl");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/turtle; charset=utf-8");
    const store = new Store(new Parser({ format: "text/turtle" }).parse(await response.text()));
    const downloads = store.getObjects(null, "http://www.w3.org/ns/dcat#downloadURL", null).map((o) => new URL(o.value).pathname);
    expect(downloads).toHaveLength(10);
    for (const path of downloads) expect((await fetchFile(path.replace("/daten/", ""))).status, path).toBe(200);
  });

  it("gives upcoming and past events and initiatives with their milestones as CSV", async () => {
    const events = parseCsv((await (await fetchFile("veranstaltungen.csv")).text()).replace(/^\uFEFF/, ""), ";");
    const [eventHeader, ...eventRows] = events;
    const at = (name: string) => eventHeader!.cells.indexOf(name);
    const row = (slug: string) => eventRows.find((r) => r.cells[at("slug")] === slug)!.cells;
    expect(row(`${prefix}-event-soon`)[at("past")]).toBe("false");
    expect(row(`${prefix}-event-over`)[at("past")]).toBe("true");
    expect(row(`${prefix}-event-over`)[at("onlineUrl")]).toBe("");
    const [header, ...rows] = parseCsv((await (await fetchFile("initiativen.csv")).text()).replace(/^\uFEFF/, ""), ";");
    const initiative = rows.find((r) => r.cells[header!.cells.indexOf("slug")] === `${prefix}-initiative`)!.cells;
    expect(initiative[header!.cells.indexOf("phase")]).toBe("pilot");
    expect(initiative[header!.cells.indexOf("milestones")]).toContain("Start");
  });

  it("answers an unknown file with a 404 problem document", async () => {
    const response = await fetchFile("geheim.csv");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });
});
