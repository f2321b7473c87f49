import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { RESOURCES } from "@/lib/open-data/resources";
import { createAdvisor, createEvent, createInitiative, createOrganisation, createProgramme, createProvider, get, removeFixtures, resetApiLimit, slugContext } from "./fixtures";

// Contract tests: real answers of every /api/v1 endpoint (route handlers against the seeded test
// database) validated against the schema the OpenAPI document declares for that path, status and
// content type. The document comes from the API itself (/api/v1/openapi.json).
vi.mock("next/cache", async (original) => (await import("../support/outside-next")).uncachedNextCache(original));
vi.mock("next-intl/server", async () => (await import("../support/outside-next")).namespacedMessageKeys);

type Handler = (request: Request, context: ReturnType<typeof slugContext>) => Promise<Response>;
const routes = Object.fromEntries(
  await Promise.all(
    RESOURCES.map(async (resource) => {
      const list = (await import(`@/app/api/v1/${resource}/route.ts`)) as { GET: (r: Request) => Promise<Response> };
      const one = (await import(`@/app/api/v1/${resource}/[slug]/route.ts`)) as { GET: Handler };
      return [resource, { list: list.GET, one: one.GET }] as const;
    }),
  ),
);
const { GET: openapi } = await import("@/app/api/v1/openapi.json/route");
const { GET: search } = await import("@/app/api/v1/search/route");

type Doc = { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: object }>; headers?: Record<string, unknown> }> } }>; components: object };
let doc: Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const DOC_ID = "https://api.test/openapi.json";

const prefix = `it-contract-${process.pid}-${Date.now()}`;
const word = `ctest${process.pid}x${Date.now()}`;

beforeAll(async () => {
  await resetApiLimit();
  const org = await createOrganisation(prefix);
  await createProgramme(prefix, "a", word, org.id);
  // one advisor without published contact data and one provider with, so both shapes are checked
  await createAdvisor(prefix, word, org.id, null);
  await createProvider(prefix, word);
  await createEvent(prefix, "event", word, org.id, 48);
  await createEvent(prefix, "past-event", word, org.id, -48);
  await createInitiative(prefix, "initiative", word, org.id);
  const response = await openapi(get("/api/v1/openapi.json"));
  expect(response.status).toBe(200);
  doc = (await response.json()) as Doc;
  ajv.addSchema({ $id: DOC_ID, components: doc.components });
});

afterAll(async () => {
  await removeFixtures(prefix);
  await resetApiLimit();
});

/** Validates a response against what the document declares for the path template and status. */
async function expectConforms(response: Response, template: string) {
  const declared = doc.paths[template]?.get.responses[String(response.status)];
  expect(declared, `${template} declares ${response.status}`).toBeDefined();
  if (response.status === 304) return expect(await response.text()).toBe("");
  const contentType = response.headers.get("content-type")!.split(";")[0]!;
  const media = declared!.content?.[contentType];
  expect(media, `${template} ${response.status} declares ${contentType}`).toBeDefined();
  const schema = media!.schema as { $ref?: string; oneOf?: { $ref: string }[] };
  const validate = ajv.compile(schema.$ref ? { $ref: `${DOC_ID}${schema.$ref}` } : { oneOf: schema.oneOf!.map((s) => ({ $ref: `${DOC_ID}${s.$ref}` })) });
  const body: unknown = await response.json();
  const valid = validate(body);
  expect(validate.errors ?? [], JSON.stringify(body).slice(0, 300)).toEqual([]);
  expect(valid).toBe(true);
  for (const header of Object.keys(declared!.headers ?? {}).filter((h) => ["ETag", "Last-Modified", "Retry-After"].includes(h))) {
    expect(response.headers.get(header), `${template} ${header}`).toBeTruthy();
  }
  return body;
}

describe.each(RESOURCES)("/api/v1/%s conforms to the OpenAPI document", (resource) => {
  it("list, a second page, one entry, 304, 404 and 400, also with lang", async () => {
    const { list, one } = routes[resource]!;
    const listTemplate = `/api/v1/${resource}`;
    const oneTemplate = `${listTemplate}/{slug}`;
    const first = (await expectConforms(await list(get(`${listTemplate}?limit=2`)), listTemplate)) as { items: { slug: string }[]; nextCursor: string | null };
    expect(first.items.length).toBeGreaterThan(0);
    if (first.nextCursor) await expectConforms(await list(get(`${listTemplate}?limit=2&cursor=${first.nextCursor}`)), listTemplate);

    const slug = first.items[0]!.slug;
    const entry = await one(get(`${oneTemplate.replace("{slug}", slug)}`), slugContext(slug));
    const etag = entry.headers.get("etag")!;
    await expectConforms(entry, oneTemplate);
    await expectConforms(await one(get(`${listTemplate}/${slug}`, { "If-None-Match": etag }), slugContext(slug)), oneTemplate);
    await expectConforms(await one(get(`${listTemplate}/gibt-es-nicht`), slugContext("gibt-es-nicht")), oneTemplate);
    await expectConforms(await list(get(`${listTemplate}?limit=0`)), listTemplate);
    // In another language (textLanguages, addresses of the French pages) and with a wrong one.
    await expectConforms(await list(get(`${listTemplate}?limit=2&lang=fr`)), listTemplate);
    await expectConforms(await one(get(`${listTemplate}/${slug}?lang=en`), slugContext(slug)), oneTemplate);
    await expectConforms(await one(get(`${listTemplate}/${slug}?lang=xx`), slugContext(slug)), oneTemplate);
  });
});

describe("/api/v1/search conforms to the OpenAPI document", () => {
  it("results (all types, one type with facets and status), suggestions and a 400, also with lang", async () => {
    for (const path of [
      `/api/v1/search?q=${word}`,
      "/api/v1/search?q=digital&typ=foerderprogramme&foerderart=zuschuss&status=offen&limit=3",
      "/api/v1/search?typ=berater&sortierung=a-z",
      "/api/v1/search?q=digi&vorschlaege=1",
      "/api/v1/search?typ=unbekannt",
      `/api/v1/search?q=${word}&lang=fr`,
      "/api/v1/search?q=digital&typ=foerderprogramme&lang=en",
      "/api/v1/search?q=digi&vorschlaege=1&lang=fr",
      "/api/v1/search?q=digi&lang=xx",
    ]) {
      await expectConforms(await search(get(path)), "/api/v1/search");
    }
  });
});

describe("the fixtures' entries through the API", () => {
  it("conform with and without published contact data, status derived", async () => {
    for (const [resource, slug] of [
      ["programmes", `${prefix}-a`],
      ["advisors", `${prefix}-advisor`],
      ["providers", `${prefix}-provider`],
      ["organisations", `${prefix}-org`],
      ["events", `${prefix}-event`],
      ["events", `${prefix}-past-event`],
      ["initiatives", `${prefix}-initiative`],
    ] as const) {
      const body = (await expectConforms(await routes[resource]!.one(get(`/api/v1/${resource}/${slug}`), slugContext(slug)), `/api/v1/${resource}/{slug}`)) as Record<string, unknown>;
      expect(body.slug).toBe(slug);
      if (resource === "programmes") expect(body.status).toBe("rolling");
    }
    const filtered = (await expectConforms(await routes.programmes!.list(get(`/api/v1/programmes?q=${word}&foerderart=zuschuss&status=offen`)), "/api/v1/programmes")) as { items: { slug: string }[] };
    expect(filtered.items.map((i) => i.slug)).toEqual([`${prefix}-a`]);
  });
});

describe("the contract check itself", () => {
  it("refuses answers that break the document (a status outside the enum, a missing field, a wrong date)", async () => {
    const validate = ajv.compile({ $ref: `${DOC_ID}#/components/schemas/Programme` });
    const response = await routes.programmes!.one(get(`/api/v1/programmes/${prefix}-a`), slugContext(`${prefix}-a`));
    const good = (await response.json()) as Record<string, unknown>;
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, status: "offen" })).toBe(false);
    expect(validate(Object.fromEntries(Object.entries(good).filter(([key]) => key !== "title")))).toBe(false);
    expect(validate({ ...good, deadline: "31.12.2026" })).toBe(false);
  });
});
