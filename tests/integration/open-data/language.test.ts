import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createAdvisor, createEvent, createInitiative, createOrganisation, createProgramme, createProvider, get, removeFixtures, resetApiLimit, slugContext } from "./fixtures";

// The API's `lang` (issue 20): without it every answer is what it was before the parameter existed;
// with fr or en, translated titles, summaries and descriptions (also of linked programmes), the
// language of each in `textLanguages` and addresses of the pages in that language; anything else a
// 400 problem document.
vi.mock("next/cache", async (original) => (await import("../support/outside-next")).uncachedNextCache(original));
vi.mock("next-intl/server", async () => (await import("../support/outside-next")).namespacedMessageKeys);

const { GET: listProgrammes } = await import("@/app/api/v1/programmes/route");
const { GET: oneProgramme } = await import("@/app/api/v1/programmes/[slug]/route");
const { GET: listEvents } = await import("@/app/api/v1/events/route");
const { GET: oneEvent } = await import("@/app/api/v1/events/[slug]/route");
const { GET: oneInitiative } = await import("@/app/api/v1/initiatives/[slug]/route");
const { GET: listTopics } = await import("@/app/api/v1/topics/route");
const { GET: oneAdvisor } = await import("@/app/api/v1/advisors/[slug]/route");
const { GET: listProviders } = await import("@/app/api/v1/providers/route");
const { GET: oneProvider } = await import("@/app/api/v1/providers/[slug]/route");
const { GET: search } = await import("@/app/api/v1/search/route");

const prefix = `it-od-lang-${process.pid}-${Date.now()}`;
const word = `odlang${process.pid}x${Date.now()}`;
const translated = `${prefix}-translated`;
const successor = `${prefix}-successor`;
const eventSlug = `${prefix}-event`;
const initiativeSlug = `${prefix}-initiative`;

type Json = Record<string, unknown>;

beforeAll(async () => {
  await resetApiLimit();
  const org = await createOrganisation(prefix);
  // French title, summary and description; English only the title.
  const next = await createProgramme(prefix, "successor", word, org.id);
  await db.programme.update({ where: { id: next.id }, data: { titleFr: `Successeur ${word}` } });
  const main = await createProgramme(prefix, "translated", word, org.id);
  await db.programme.update({
    where: { id: main.id },
    data: { titleFr: `Programme ${word}`, summaryFr: "Résumé", descriptionFr: "<p>Description</p>", titleEn: `Programme EN ${word}`, successors: { connect: { id: next.id } } },
  });
  const event = await createEvent(prefix, "event", word, org.id, 48);
  await db.event.update({ where: { id: event.id }, data: { titleEn: `Event ${word}`, summaryEn: "Short", descriptionEn: "<p>Long</p>" } });
  // An advisor with a French summary and no job title at all; a provider translated into English.
  const advisor = await createAdvisor(prefix, word, org.id, null);
  await db.advisor.update({ where: { id: advisor.id }, data: { summaryFr: "Conseille", officeHours: "Mo–Fr 9–12 Uhr", officeHoursFr: "lun.–ven. 9h–12h" } });
  const provider = await createProvider(prefix, word);
  await db.provider.update({ where: { id: provider.id }, data: { summaryEn: "Builds websites", descriptionEn: "<p>Description EN</p>" } });
  const initiative = await createInitiative(prefix, "initiative", word, org.id);
  await db.initiative.update({ where: { id: initiative.id }, data: { programmes: { connect: { id: main.id } } } });
});

afterAll(async () => {
  await removeFixtures(prefix);
  await resetApiLimit();
});

async function json(response: Response, status = 200): Promise<Json> {
  expect(response.status).toBe(status);
  return (await response.json()) as Json;
}

const programme = async (query = "") => json(await oneProgramme(get(`/api/v1/programmes/${translated}${query}`), slugContext(translated)));

describe("without lang", () => {
  it("answers as before: German texts, German addresses, no language fields", async () => {
    const record = await programme();
    expect(record).toMatchObject({ title: `Programm translated ${word}`, summary: "Kurz translated", description: "<p>Beschreibung</p>" });
    expect(record.url).toMatch(new RegExp(`^http://[^/]+/foerderprogramme/${translated}$`));
    expect(record.successors).toEqual([{ slug: successor, title: `Programm successor ${word}`, status: expect.any(String), url: expect.stringMatching(/\/foerderprogramme\/[^/]+$/) }]);
    // Nowhere in any answer, not even nested: existing clients see exactly the old shape.
    expect(JSON.stringify(record)).not.toContain("textLanguages");
    const list = await json(await listProgrammes(get(`/api/v1/programmes?q=${word}`)));
    expect(JSON.stringify(list)).not.toContain("textLanguages");
    const initiative = await json(await oneInitiative(get(`/api/v1/initiatives/${initiativeSlug}`), slugContext(initiativeSlug)));
    expect(JSON.stringify(initiative)).not.toContain("textLanguages");
    // lang=de is German too, and says so.
    const german = await programme("?lang=de");
    expect(german).toMatchObject({ title: record.title, url: record.url, textLanguages: { title: "de", summary: "de", description: "de" } });
  });
});

describe("lang=fr and lang=en", () => {
  it("give each text in that language where it is translated, else German, and say which", async () => {
    const french = await programme("?lang=fr");
    expect(french).toMatchObject({
      title: `Programme ${word}`,
      summary: "Résumé",
      description: "<p>Description</p>",
      textLanguages: { title: "fr", summary: "fr", description: "fr" },
      // Texts without translations stay German.
      fundingBodyName: `Testorganisation ${prefix}`,
    });
    expect(french.url).toMatch(new RegExp(`/fr/foerderprogramme/${translated}$`));
    expect(french.successors).toEqual([
      { slug: successor, title: `Successeur ${word}`, status: expect.any(String), url: expect.stringMatching(new RegExp(`/fr/foerderprogramme/${successor}$`)), textLanguages: { title: "fr" } },
    ]);

    const english = await programme("?lang=en");
    expect(english).toMatchObject({ title: `Programme EN ${word}`, summary: "Kurz translated", textLanguages: { title: "en", summary: "de", description: "de" } });
    expect((english.successors as Json[])[0]).toMatchObject({ title: `Programm successor ${word}`, textLanguages: { title: "de" } });
  });

  it("apply to lists, events and an initiative's programmes", async () => {
    const page = await json(await listProgrammes(get(`/api/v1/programmes?q=${word}&lang=fr`)));
    const item = (page.items as Json[]).find((i) => i.slug === translated);
    expect(item).toMatchObject({ title: `Programme ${word}`, summary: "Résumé", textLanguages: { title: "fr", summary: "fr" } });
    // The next page keeps the language.
    const paged = await json(await listProgrammes(get(`/api/v1/programmes?q=${word}&lang=fr&limit=1`)));
    expect(String(paged.next)).toContain("lang=fr");

    const events = await json(await listEvents(get(`/api/v1/events?q=${word}&lang=en`)));
    expect((events.items as Json[])[0]).toMatchObject({ slug: eventSlug, title: `Event ${word}`, textLanguages: { title: "en", summary: "en" } });
    const event = await json(await oneEvent(get(`/api/v1/events/${eventSlug}?lang=fr`), slugContext(eventSlug)));
    expect(event).toMatchObject({ title: `Veranstaltung event ${word}`, textLanguages: { title: "de", summary: "de", description: "de" } });

    const initiative = await json(await oneInitiative(get(`/api/v1/initiatives/${initiativeSlug}?lang=fr`), slugContext(initiativeSlug)));
    expect(initiative.programmes).toEqual([{ slug: translated, title: `Programme ${word}`, url: expect.stringContaining(`/fr/foerderprogramme/${translated}`), textLanguages: { title: "fr" } }]);
    // Milestones have no translations: German, in every language.
    expect(initiative.milestones).toEqual([expect.objectContaining({ title: "Start" })]);
  });

  it("apply to advisors and providers; a text the entry lacks names no language", async () => {
    const advisorSlug = `${prefix}-advisor`;
    const german = await json(await oneAdvisor(get(`/api/v1/advisors/${advisorSlug}`), slugContext(advisorSlug)));
    expect(german).toMatchObject({ summary: "Berät", officeHours: "Mo–Fr 9–12 Uhr", jobTitle: null });
    expect(JSON.stringify(german)).not.toContain("textLanguages");
    const french = await json(await oneAdvisor(get(`/api/v1/advisors/${advisorSlug}?lang=fr`), slugContext(advisorSlug)));
    expect(french).toMatchObject({ name: `Beraterin ${word}`, summary: "Conseille", officeHours: "lun.–ven. 9h–12h", jobTitle: null });
    expect(french.textLanguages).toEqual({ summary: "fr", officeHours: "fr" });
    expect(french.url).toMatch(new RegExp(`/fr/berater/${advisorSlug}$`));

    const providerSlug = `${prefix}-provider`;
    const english = await json(await oneProvider(get(`/api/v1/providers/${providerSlug}?lang=en`), slugContext(providerSlug)));
    expect(english).toMatchObject({ summary: "Builds websites", description: "<p>Description EN</p>", textLanguages: { summary: "en", description: "en" } });
    const french2 = await json(await oneProvider(get(`/api/v1/providers/${providerSlug}?lang=fr`), slugContext(providerSlug)));
    expect(french2).toMatchObject({ summary: "Macht Websites", textLanguages: { summary: "de", description: "de" } });
    const list = await json(await listProviders(get(`/api/v1/providers?q=${word}&lang=en`)));
    expect((list.items as Json[]).find((i) => i.slug === providerSlug)).toMatchObject({ summary: "Builds websites", textLanguages: { summary: "en" } });
    const plain = await json(await oneProvider(get(`/api/v1/providers/${providerSlug}`), slugContext(providerSlug)));
    expect(plain).toMatchObject({ summary: "Macht Websites", description: "<p>Beschreibung</p>" });
    expect(JSON.stringify(plain)).not.toContain("textLanguages");
  });

  it("lead to the pages in that language from the taxonomy too", async () => {
    const topics = await json(await listTopics(get("/api/v1/topics?lang=en&limit=1")));
    expect((topics.items as Json[])[0]!.url).toMatch(/\/en\/foerderprogramme\?thema=/);
  });
});

describe("a wrong lang", () => {
  it("is a 400 problem document naming the field, in lists, entries and the search", async () => {
    for (const [handler, path] of [
      [listProgrammes, "/api/v1/programmes?lang=it"],
      [listProgrammes, "/api/v1/programmes?lang=fr&lang=en"],
      [listProgrammes, "/api/v1/programmes?lang="],
      [listEvents, "/api/v1/events?lang=FR"],
      [(r: Request) => oneProgramme(r, slugContext(translated)), `/api/v1/programmes/${translated}?lang=deutsch`],
      // Checked before the lookup: a made-up slug with a wrong lang is a 400, not a 404.
      [(r: Request) => oneProgramme(r, slugContext("gibt-es-nicht")), "/api/v1/programmes/gibt-es-nicht?lang=xx"],
      [search, "/api/v1/search?q=digital&lang=nl"],
    ] as const) {
      const response = await handler(get(path));
      expect(response.status, path).toBe(400);
      expect(response.headers.get("content-type"), path).toContain("application/problem+json");
      const body = (await response.json()) as Json;
      expect(body, path).toMatchObject({ status: 400, code: "INVALID_PARAMETER", field: "lang" });
      expect(String(body.detail), path).toMatch(/\.(unknownLanguage|tooMany)$/);
    }
  });
});

describe("/api/v1/search with lang", () => {
  // The demo seed translates "bafa-unternehmensberatung" and "isb-digiboost" (prisma/seed/data/programme-translations.ts).
  it("searches the French stems, shows French titles and says which texts are German", async () => {
    // "subventionner" is in no text; the French text has "subventionne" (same stem).
    const french = await json(await search(get("/api/v1/search?q=subventionner&typ=foerderprogramme&lang=fr")));
    expect(french.query).toMatchObject({ lang: "fr" });
    const hit = (french.hits as Json[]).find((h) => h.slug === "bafa-unternehmensberatung");
    expect(hit).toMatchObject({ title: "BAFA – aide au conseil aux entreprises pour les PME", url: "/fr/foerderprogramme/bafa-unternehmensberatung", textLanguages: { title: "fr", summary: "fr" } });

    const mixed = await json(await search(get("/api/v1/search?q=Digitalisierung&typ=foerderprogramme&lang=en&limit=50")));
    const german = (mixed.hits as Json[]).find((h) => h.slug !== "isb-digiboost" && h.slug !== "bafa-unternehmensberatung");
    expect(german).toMatchObject({ textLanguages: { title: "de", summary: "de" }, url: expect.stringMatching(/^\/en\/foerderprogramme\//) });
  });

  it("leaves the search without lang as it was: German stems, German titles, no language fields", async () => {
    const plain = await json(await search(get("/api/v1/search?q=DigiBoost&typ=foerderprogramme")));
    expect((plain.hits as Json[])[0]).toMatchObject({ slug: "isb-digiboost", title: "DigiBoost – Digitalisierungszuschuss für kleine Unternehmen", url: "/foerderprogramme/isb-digiboost" });
    expect(plain.query).not.toHaveProperty("lang");
    expect(JSON.stringify(plain)).not.toContain("textLanguages");
    // German stems only: the French word finds the entry neither by stem nor by word (a typo
    // correction may turn it into another word, which is no match of the translation either).
    const none = await json(await search(get("/api/v1/search?q=subventionner&typ=foerderprogramme")));
    expect(none.correctedText !== null || !(none.hits as Json[]).some((h) => h.slug === "bafa-unternehmensberatung")).toBe(true);
  });

  it("gives suggestions the reader's addresses, their German titles marked as German", async () => {
    const body = await json(await search(get("/api/v1/search?q=DigiBoost&vorschlaege=1&lang=fr")));
    expect((body.suggestions as Json[])[0]).toMatchObject({ slug: "isb-digiboost", url: "/fr/foerderprogramme/isb-digiboost", textLanguages: { title: "de" } });
    const plain = await json(await search(get("/api/v1/search?q=DigiBoost&vorschlaege=1")));
    expect((plain.suggestions as Json[])[0]).toEqual({ type: "foerderprogramme", slug: "isb-digiboost", title: expect.any(String), url: "/foerderprogramme/isb-digiboost" });
  });
});
