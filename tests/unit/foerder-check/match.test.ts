import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import foerderCheck from "@/messages/de/foerderCheck.json";
import type { AdvisorCardDTO } from "@/lib/advisor/dto";
import { matchAdvisors, matchProviders } from "@/lib/foerder-check/directories";
import { findKeyword, matchProgramme, matchProgrammes, type CompleteAnswers, type Note } from "@/lib/foerder-check/match";
import { RULES } from "@/lib/foerder-check/rules";
import type { ProgrammeCardDTO } from "@/lib/programme/dto";
import type { ProviderCardDTO } from "@/lib/provider/dto";

// Message keys come from the matcher at run time, so the translator is used untyped.
const t = createTranslator({ locale: "de", messages: { foerderCheck } }) as unknown as (key: string, values?: Record<string, string | number>) => string;
const words = (note: Note) => t(`foerderCheck.${note.key}`, { kreis: "Eifelkreis Bitburg-Prüm", ...note.values });

const KREISE = ["stadt-trier", "trier-saarburg", "bernkastel-wittlich", "eifelkreis-bitburg-pruem", "vulkaneifel"];
// 12:00 Berlin on 2026-03-10
const now = new Date("2026-03-10T11:00:00Z");
const ctx = { kreise: KREISE, now };
const topics = new Map([["digitaler-wandel-wirtschaft", "Digitaler Wandel in der Wirtschaft"]]);

const card = (overrides: Partial<ProgrammeCardDTO> & Pick<ProgrammeCardDTO, "slug">): ProgrammeCardDTO => ({
  title: overrides.slug,
  summary: "",
  level: "LAND",
  fundingTypes: ["ZUSCHUSS"],
  targetGroups: ["KMU", "HANDWERK"],
  topicSlugs: ["digitaler-wandel-wirtschaft"],
  regionSlugs: ["rheinland-pfalz"],
  fundingBodyName: "ISB",
  amountText: null,
  amountMin: null,
  amountMax: null,
  maxEmployees: null,
  applyBeforeProjectStart: null,
  publishedAt: "2026-01-01T00:00:00.000Z",
  applicationStart: "2026-01-01",
  deadline: "2026-06-30",
  ...overrides,
});

const HANDWERK: CompleteAnswers = { wer: "handwerk", beschaeftigte: 12, wo: "eifelkreis-bitburg-pruem", was: "webshop", betrag: "bis-10000", wann: "sofort" };

describe("matching programmes", () => {
  it("says why an open Land programme matches the example, with points per rule", () => {
    const match = matchProgramme(HANDWERK, card({ slug: "digiboost", summary: "Zuschuss für einen Webshop", amountMax: 15_000 }), ctx, topics)!;
    expect(match.reasons.map(words)).toEqual([
      "Richtet sich ausdrücklich an Handwerksbetriebe",
      "Landesprogramm Rheinland-Pfalz: gilt auch in Ihrem Kreis",
      "Themenfeld „Digitaler Wandel in der Wirtschaft“ passt zu Ihrem Vorhaben",
      "Nennt „webshop“ in Titel oder Kurzbeschreibung",
      "Fördert bis 15000 – passend zu Ihrem Bedarf",
      "Jetzt offen, Antrag bis 2026-06-30",
    ]);
    expect(match.score).toBe(1 + 1 + 1 + 2 + 1 + 1);
    expect(match.checks.map((c) => c.key)).toEqual(["checks.deadline", "checks.fundingType.ZUSCHUSS"]);
    expect(words(match.checks[1]!)).toContain("Antrag vor Projektbeginn");
  });

  it("never offers a closed programme, however well it fits", () => {
    const closed = card({ slug: "go-digital", applicationStart: "2025-01-01", deadline: "2026-03-09", summary: "Webshop" });
    expect(matchProgramme(HANDWERK, closed, ctx, topics)).toBeNull();
    expect(matchProgrammes(HANDWERK, [closed], ctx, topics)).toEqual([]);
    // open through the whole deadline day
    expect(matchProgramme(HANDWERK, card({ slug: "today", deadline: "2026-03-10" }), ctx, topics)).not.toBeNull();
  });

  it("offers a soon-open programme, labelled, with its start as a note", () => {
    const match = matchProgramme(HANDWERK, card({ slug: "later", applicationStart: "2026-04-01", deadline: null }), ctx, topics)!;
    expect(match.programme.status).toBe("upcoming");
    expect(match.checks.map(words)).toContain("Anträge erst ab 2026-04-01 möglich – vorher nichts beauftragen");
  });

  it("requires the target group, the Kreis and the topic", () => {
    expect(matchProgramme(HANDWERK, card({ slug: "schule", targetGroups: ["SCHULE"] }), ctx, topics)).toBeNull();
    expect(matchProgramme(HANDWERK, card({ slug: "vulkaneifel", level: "KOMMUNE", regionSlugs: ["vulkaneifel"] }), ctx, topics)).toBeNull();
    expect(matchProgramme(HANDWERK, card({ slug: "ki", topicSlugs: ["ki-innovation"] }), ctx, topics)).toBeNull();
  });

  it("counts a company as KMU only below 250 employees and then asks to check the KMU limits", () => {
    const kmuOnly = card({ slug: "kmu", targetGroups: ["KMU"] });
    const small = matchProgramme({ ...HANDWERK, wer: "unternehmen" }, kmuOnly, ctx, topics)!;
    expect(words(small.reasons[0]!)).toBe("Richtet sich an kleine und mittlere Unternehmen – mit 12 Beschäftigten zählt Ihr Betrieb dazu (unter 250)");
    expect(small.checks.map((c) => c.key)).toContain("checks.kmu");
    expect(matchProgramme({ ...HANDWERK, wer: "unternehmen", beschaeftigte: 250 }, kmuOnly, ctx, topics)).toBeNull();
  });

  it("ranks a programme for the Kreis itself above a Land programme, both shown", () => {
    const local = card({ slug: "start-im-eifelkreis", level: "KOMMUNE", regionSlugs: ["eifelkreis-bitburg-pruem"] });
    const land = card({ slug: "digiboost" });
    const ranked = matchProgrammes(HANDWERK, [land, local], ctx, topics);
    expect(ranked.map((m) => m.programme.slug)).toEqual(["start-im-eifelkreis", "digiboost"]);
    expect(ranked[0]!.score).toBe(ranked[1]!.score + 1);
    expect(ranked[0]!.reasons.map((r) => r.rule)).toContain("whereLocal");
  });

  it("notes amounts and deadlines that do not fit instead of hiding the programme", () => {
    const big = matchProgramme(HANDWERK, card({ slug: "big", amountMin: 100_000 }), ctx, topics)!;
    expect(big.reasons.map((r) => r.rule)).not.toContain("amount");
    expect(big.checks.map((c) => c.key)).toContain("checks.amountMin");
    const soon = matchProgramme({ ...HANDWERK, wann: "spaeter" }, card({ slug: "soon", deadline: "2026-04-01" }), ctx, topics)!;
    expect(soon.checks.map((c) => c.key)).toEqual(["checks.deadlineBeforeStart", "checks.fundingType.ZUSCHUSS"]);
  });

  it("does not offer a programme to a company with more employees than it allows, and notes the limit otherwise", () => {
    const small = card({ slug: "digiboost", maxEmployees: 49 });
    expect(matchProgramme({ ...HANDWERK, beschaeftigte: 50 }, small, ctx, topics)).toBeNull();
    expect(matchProgrammes({ ...HANDWERK, beschaeftigte: 120 }, [small, card({ slug: "offen" })], ctx, topics).map((m) => m.programme.slug)).toEqual(["offen"]);
    const fits = matchProgramme({ ...HANDWERK, beschaeftigte: 49 }, small, ctx, topics)!;
    expect(fits.checks.map(words)).toContain("Nur für Betriebe bis 49 Beschäftigte");
    // Not asked (a Verein) or not answered: the limit is a note, never a reason to hide the programme.
    const verein = matchProgramme({ wer: "verein", wo: "eifelkreis-bitburg-pruem", was: "webshop" }, card({ slug: "v", targetGroups: ["VEREIN"], maxEmployees: 9 }), ctx, topics)!;
    expect(verein.checks.map((c) => c.key)).toContain("checks.maxEmployees");
  });

  it("excludes 'Antrag vor Projektbeginn' programmes once the project has started, and says what to check otherwise", () => {
    const before = card({ slug: "vorher", applyBeforeProjectStart: true });
    expect(matchProgramme({ ...HANDWERK, wann: "begonnen" }, before, ctx, topics)).toBeNull();
    const planned = matchProgramme(HANDWERK, before, ctx, topics)!;
    // The stated rule replaces the general grant note ("meist Antrag vor Projektbeginn").
    expect(planned.checks.map((c) => c.key)).toEqual(["checks.deadline", "checks.applyBeforeProjectStart"]);
    expect(words(planned.checks[1]!)).toMatch(/^Antrag vor Projektbeginn stellen/);
    const after = matchProgramme({ ...HANDWERK, wann: "begonnen" }, card({ slug: "nachher", applyBeforeProjectStart: false }), ctx, topics)!;
    expect(after.checks.map((c) => c.key)).toEqual(["checks.deadline", "checks.applyAfterStartAllowed"]);
    expect(after.reasons.map((r) => r.key)).toContain("reasons.timingOpenNow");
    const unknown = matchProgramme({ ...HANDWERK, wann: "begonnen" }, card({ slug: "unklar" }), ctx, topics)!;
    expect(unknown.checks.map((c) => c.key)).toEqual(["checks.deadline", "checks.startedUnknown"]);
  });

  it("has a German text for every rule and every note key", () => {
    for (const rule of RULES) expect(t(`foerderCheck.rules.ruleText.${rule.id}`)).not.toMatch(/^foerderCheck\./);
  });
});

describe("keywords", () => {
  it("match whole words, or word starts with *", () => {
    expect(findKeyword("Ein neuer Webshop", ["webshop"])).toBe("webshop");
    expect(findKeyword("Webshops und mehr", ["webshop"])).toBeNull();
    expect(findKeyword("Webshops und mehr", ["webshop*"])).toBe("webshop");
    expect(findKeyword("Kinderbetreuung", ["ki"])).toBeNull();
    expect(findKeyword("Ein KI-Anwendungsfall", ["ki"])).toBe("ki");
  });
});

describe("advisors and providers", () => {
  const advisor = (slug: string, regionSlugs: string[], topicSlugs: string[]): AdvisorCardDTO => ({
    slug, kind: "DESK", name: slug, jobTitle: null, summary: "", organisationSlug: "o", organisationName: "O", topicSlugs, regionSlugs, consultationModes: [], town: null,
  });
  const provider = (slug: string, regionSlug: string, services: ProviderCardDTO["services"]): ProviderCardDTO => ({
    slug, name: slug, summary: "", services, industries: [], size: "SMALL", town: "Bitburg", regionSlug, regionName: regionSlug, publishedAt: "2026-01-01T00:00:00.000Z", logo: null,
  });

  it("choose advisors for the Kreis and topic, local ones first", () => {
    const found = matchAdvisors(HANDWERK, [
      advisor("a-region", ["region-trier"], ["digitaler-wandel-wirtschaft"]),
      advisor("b-eifel", ["eifelkreis-bitburg-pruem"], ["digitaler-wandel-wirtschaft"]),
      advisor("c-trier", ["stadt-trier"], ["digitaler-wandel-wirtschaft"]),
      advisor("d-eifel-other-topic", ["eifelkreis-bitburg-pruem"], ["gesundheit"]),
    ], KREISE);
    expect(found.map((a) => a.slug)).toEqual(["b-eifel", "a-region"]);
  });

  it("choose providers in the Kreis whose services fit the project", () => {
    const found = matchProviders(HANDWERK, [
      provider("shop-and-marketing", "eifelkreis-bitburg-pruem", ["WEBSITE_SHOP", "ONLINE_MARKETING"]),
      provider("marketing", "eifelkreis-bitburg-pruem", ["ONLINE_MARKETING"]),
      provider("security", "eifelkreis-bitburg-pruem", ["IT_SICHERHEIT"]),
      provider("trier-shop", "stadt-trier", ["WEBSITE_SHOP"]),
    ]);
    expect(found.map((p) => p.slug)).toEqual(["shop-and-marketing", "marketing"]);
  });
});
