import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { berlinDay } from "@/lib/dates";
import { Industry, ServiceCategory } from "@/lib/db/enums";
import { deriveProgrammeStatus } from "@/lib/programme/status";
import { advisorPublishIssues, type AdvisorPublishFields } from "@/lib/advisor/publish-check";
import { programmePublishIssues, type ProgrammePublishFields } from "@/lib/programme/publish-check";
import { providerPublishIssues, type ProviderPublishFields } from "@/lib/provider/publish-check";
import { initiativePublishIssues, type InitiativePublishFields } from "@/lib/initiative/publish-check";
import { RATHAUS_DER_ZUKUNFT_SLUG } from "@/prisma/seed/data/initiatives";
import { DRAFT_ADVISOR_SLUG } from "@/prisma/seed/data/advisors";
import {
  ARCHIVED_PROGRAMME_SLUG,
  DEADLINE_TODAY_SLUG,
  DEADLINE_YESTERDAY_SLUG,
  DRAFT_PROGRAMME_SLUGS,
  IN_REVIEW_PROGRAMME_SLUG,
} from "@/prisma/seed/data/programmes";
import { DRAFT_PROVIDER_SLUG } from "@/prisma/seed/data/providers";
import { KREISE } from "@/prisma/seed/data/regions";
import { topics } from "@/prisma/seed/data/topics";
import { demoLogins } from "@/prisma/seed/data/users";
import { verifyPassword } from "@/lib/auth/password";
import { markDemoDatabase } from "../../../scripts/lib/database.mjs";
import { createDatabase, dropDatabase, expectSuccess, query, runMigrations, runSeed, snapshot, uniqueDatabase } from "./helpers";

// The seed runs as a child process (as `npm run db:seed` does) against a database of its own.
const database = uniqueDatabase("demo");
const url = database.url;

let beforeSecondRun: Awaited<ReturnType<typeof snapshot>>;
let afterSecondRun: Awaited<ReturnType<typeof snapshot>>;

const count = async (sql: string, params: unknown[] = []) =>
  Number((await query<{ n: string }>(url, sql, params))[0]!.n);

beforeAll(async () => {
  await createDatabase(database.name);
  await expectSuccess(runMigrations(url), "migrate deploy");
  await markDemoDatabase(url); // the demo logins are checked below (demo-accounts-guard.test.ts: only then)
  await expectSuccess(runSeed(url), "first seed run");
  // Rows an editor created in the meantime: the second run must neither delete nor change them.
  await query(url, `INSERT INTO "Organisation" (id, slug, name, kind, "updatedAt") VALUES ('editor-org', 'redaktion-testgeber', 'Testgeber der Redaktion', 'NETZWERK', now())`);
  await query(
    url,
    `INSERT INTO "Programme" (id, slug, title, summary, description, "fundingBodyId", level, "fundingTypes", "targetGroups", "sourceUrl", "lastVerifiedAt", status, "updatedAt")
     VALUES ('editor-programme', 'redaktion-eigenes-programm', 'Programm der Redaktion', 'Kurz', 'Lang', 'editor-org', 'REGION', '{ZUSCHUSS}', '{KMU}', 'https://example.org', now(), 'DRAFT', now())`,
  );
  await query(
    url,
    `INSERT INTO "ProviderReference" (id, "providerId", title, description, "sortOrder")
     SELECT 'editor-reference', id, 'Referenz der Redaktion', 'Nachgetragen', 9 FROM "Provider" WHERE slug = 'moselbyte-digital'`,
  );
  beforeSecondRun = await snapshot(url);
  await expectSuccess(runSeed(url), "second seed run");
  afterSecondRun = await snapshot(url);
}, 240_000);

afterAll(async () => {
  await dropDatabase(database.name);
});

describe("demo seed", () => {
  it("creates a realistic amount of published data", async () => {
    expect(await count(`SELECT count(*) AS n FROM "Programme" WHERE status = 'PUBLISHED'`)).toBeGreaterThanOrEqual(40);
    expect(await count(`SELECT count(*) AS n FROM "Advisor" WHERE status = 'PUBLISHED'`)).toBeGreaterThanOrEqual(25);
    expect(await count(`SELECT count(*) AS n FROM "Provider" WHERE status = 'PUBLISHED'`)).toBeGreaterThanOrEqual(60);
    const topicSlugs = await query<{ slug: string }>(url, `SELECT slug FROM "Topic" ORDER BY "sortOrder"`);
    expect(topicSlugs.map((t) => t.slug)).toEqual(topics.map((t) => t.slug));
  });

  it("publishes only entries the editors' publish check passes (amount, eligibility, how to apply, regions, contacts)", async () => {
    type Named = { slug: string };
    const programmes = await query<ProgrammePublishFields & Named>(
      url,
      `SELECT p.slug, p."amountText", p."amountMin", p."amountMax", p.eligibility, p."howToApply", p.level::text AS level,
              coalesce(json_agg(r."B") FILTER (WHERE r."B" IS NOT NULL), '[]') AS "regionIds"
       FROM "Programme" p LEFT JOIN "_ProgrammeRegions" r ON r."A" = p.id WHERE p.status = 'PUBLISHED' GROUP BY p.id`,
    );
    const advisors = await query<AdvisorPublishFields & Named>(
      url,
      `SELECT a.slug, a.email, a.phone, coalesce(json_agg(r."B") FILTER (WHERE r."B" IS NOT NULL), '[]') AS regions
       FROM "Advisor" a LEFT JOIN "_AdvisorRegions" r ON r."A" = a.id WHERE a.status = 'PUBLISHED' GROUP BY a.id`,
    );
    const providers = await query<ProviderPublishFields & Named>(url, `SELECT slug, email, phone, array_to_json(services) AS services FROM "Provider" WHERE status = 'PUBLISHED'`);
    expect(programmes.length).toBeGreaterThan(0);
    expect(programmes.filter((row) => programmePublishIssues(row).length > 0).map((row) => row.slug)).toEqual([]);
    expect(advisors.filter((row) => advisorPublishIssues(row).length > 0).map((row) => row.slug)).toEqual([]);
    expect(providers.filter((row) => providerPublishIssues(row).length > 0).map((row) => row.slug)).toEqual([]);
  });

  it("publishes the Initiativen complete, Rathaus der Zukunft with past and future milestones on the roadmap", async () => {
    const rows = await query<InitiativePublishFields & { slug: string }>(
      url,
      `SELECT i.slug,
              (SELECT coalesce(json_agg(r."B"), '[]') FROM "_InitiativeRegions" r WHERE r."A" = i.id) AS regions,
              (SELECT coalesce(json_agg(t."B"), '[]') FROM "_InitiativeTopics" t WHERE t."A" = i.id) AS topics,
              (SELECT coalesce(json_agg(s.id), '[]') FROM "InitiativeSourceLink" s WHERE s."initiativeId" = i.id) AS "sourceLinks"
       FROM "Initiative" i WHERE i.status = 'PUBLISHED'`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.filter((row) => initiativePublishIssues(row).length > 0).map((row) => row.slug)).toEqual([]);
    const milestones = await query<{ day: string; phase: string | null }>(
      url,
      `SELECT to_char(m.date, 'YYYY-MM-DD') AS day, m."roadmapPhase"::text AS phase FROM "InitiativeMilestone" m JOIN "Initiative" i ON i.id = m."initiativeId" WHERE i.slug = $1 ORDER BY m.date`,
      [RATHAUS_DER_ZUKUNFT_SLUG],
    );
    expect(milestones.length).toBeGreaterThanOrEqual(3);
    expect(milestones.every((m) => m.phase !== null)).toBe(true);
    const today = berlinDay();
    expect(milestones.some((m) => m.day < today)).toBe(true);
    expect(milestones.some((m) => m.day >= today)).toBe(true);
  });

  it("spreads providers over all five Kreise, every service category and every industry", async () => {
    const kreise = await query<{ slug: string }>(
      url,
      `SELECT DISTINCT r.slug FROM "Provider" p JOIN "Region" r ON r.id = p."regionId" WHERE p.status = 'PUBLISHED'`,
    );
    expect(kreise.map((k) => k.slug).sort()).toEqual([...KREISE].sort());
    const services = await query<{ s: string }>(url, `SELECT DISTINCT unnest(services)::text AS s FROM "Provider" WHERE status = 'PUBLISHED'`);
    expect(services.map((r) => r.s).sort()).toEqual(Object.values(ServiceCategory).sort());
    const industries = await query<{ s: string }>(url, `SELECT DISTINCT unnest(industries)::text AS s FROM "Provider" WHERE status = 'PUBLISHED'`);
    expect(industries.map((r) => r.s).sort()).toEqual(Object.values(Industry).sort());
  });

  it("is idempotent: a second run leaves every row, id and relation as it was", () => {
    for (const table of Object.keys(beforeSecondRun)) {
      expect(afterSecondRun[table], table).toEqual(beforeSecondRun[table]);
    }
    expect(afterSecondRun.Programme!.length).toBeGreaterThan(40);
  });

  it("keeps rows that editors created", async () => {
    expect(await count(`SELECT count(*) AS n FROM "Programme" WHERE slug = 'redaktion-eigenes-programm'`)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM "ProviderReference" WHERE id = 'editor-reference'`)).toBe(1);
  });

  it("sets dates relative to today, so open, rolling, upcoming and closed programmes all exist", async () => {
    const today = berlinDay();
    const rows = await query<{ slug: string; start: string | null; deadline: string | null }>(
      url,
      `SELECT slug, "applicationStart"::text AS start, deadline::text AS deadline FROM "Programme" WHERE status = 'PUBLISHED'`,
    );
    const statusOf = new Map(
      rows.map((r) => [r.slug, deriveProgrammeStatus({ applicationStart: r.start, deadline: r.deadline })]),
    );
    const tally = (s: string) => [...statusOf.values()].filter((v) => v === s).length;
    expect(tally("open")).toBeGreaterThanOrEqual(15);
    expect(tally("rolling")).toBeGreaterThanOrEqual(8);
    expect(tally("upcoming")).toBeGreaterThanOrEqual(5);
    expect(tally("closed")).toBeGreaterThanOrEqual(5);
    expect(rows.find((r) => r.slug === DEADLINE_TODAY_SLUG)?.deadline).toBe(today);
    expect(statusOf.get(DEADLINE_TODAY_SLUG)).toBe("open");
    expect(statusOf.get(DEADLINE_YESTERDAY_SLUG)).toBe("closed");
  });

  it("mixes fresh and stale verification dates", async () => {
    const [fresh, stale] = await Promise.all([
      count(`SELECT count(*) AS n FROM "Programme" WHERE "lastVerifiedAt" > now() - interval '60 days'`),
      count(`SELECT count(*) AS n FROM "Programme" WHERE "lastVerifiedAt" < now() - interval '100 days'`),
    ]);
    expect(fresh).toBeGreaterThan(stale);
    expect(stale).toBeGreaterThanOrEqual(3);
  });

  it("marks the documented unpublished entries as such", async () => {
    const status = async (table: string, slug: string) =>
      (await query<{ status: string }>(url, `SELECT status::text FROM "${table}" WHERE slug = $1`, [slug]))[0]?.status;
    for (const slug of DRAFT_PROGRAMME_SLUGS) expect(await status("Programme", slug)).toBe("DRAFT");
    expect(await status("Programme", IN_REVIEW_PROGRAMME_SLUG)).toBe("IN_REVIEW");
    expect(await status("Programme", ARCHIVED_PROGRAMME_SLUG)).toBe("ARCHIVED");
    expect(await status("Advisor", DRAFT_ADVISOR_SLUG)).toBe("DRAFT");
    expect(await status("Provider", DRAFT_PROVIDER_SLUG)).toBe("DRAFT");
    expect(await count(`SELECT count(*) AS n FROM "Programme" WHERE status <> 'PUBLISHED' AND "publishedAt" IS NOT NULL`)).toBe(0);
  });

  it("sets the Förder-Check conditions only where the programme's texts state them", async () => {
    const rows = await query<{ slug: string; maxEmployees: number | null; applyBeforeProjectStart: boolean | null; text: string }>(
      url,
      `SELECT slug, "maxEmployees", "applyBeforeProjectStart", concat_ws(' ', summary, description, eligibility, "howToApply") AS text FROM "Programme" WHERE "maxEmployees" IS NOT NULL OR "applyBeforeProjectStart" IS NOT NULL`,
    );
    const of = (slug: string) => rows.find((row) => row.slug === slug);
    expect(of("isb-digiboost")).toMatchObject({ maxEmployees: 49, applyBeforeProjectStart: true });
    expect(of("go-digital")).toMatchObject({ maxEmployees: 99 });
    expect(of(ARCHIVED_PROGRAMME_SLUG)).toMatchObject({ maxEmployees: 499 });
    for (const row of rows) {
      // The limit is written in the text ("weniger als 50", "3 bis 499"), and so is the rule.
      if (row.maxEmployees !== null) expect(row.text).toMatch(new RegExp(`(weniger als ${row.maxEmployees + 1}|bis ${row.maxEmployees}) Beschäftigte`));
      if (row.applyBeforeProjectStart) expect(row.text).toMatch(/vor (Beginn|Projektbeginn|Auftragsvergabe)/);
    }
  });

  it("links every published programme to one to four advisors", async () => {
    const rows = await query<{ slug: string; n: string }>(
      url,
      `SELECT p.slug, count(pa."A") AS n FROM "Programme" p LEFT JOIN "_ProgrammeAdvisors" pa ON pa."B" = p.id
       WHERE p.status = 'PUBLISHED' GROUP BY p.slug`,
    );
    for (const row of rows) expect(Number(row.n), row.slug).toBeGreaterThanOrEqual(1);
    for (const row of rows) expect(Number(row.n), row.slug).toBeLessThanOrEqual(4);
  });

  it("creates the demo logins with working bcrypt hashes and linked profiles", async () => {
    const users = await query<{ email: string; role: string; passwordHash: string; advisor: string | null; provider: string | null }>(
      url,
      `SELECT u.email, u.role::text, u."passwordHash", a.slug AS advisor, p.slug AS provider
       FROM "User" u LEFT JOIN "Advisor" a ON a.id = u."advisorId" LEFT JOIN "Provider" p ON p.id = u."providerId"`,
    );
    expect(users.map((u) => u.email).sort()).toEqual(demoLogins.map((l) => l.email).sort());
    for (const login of demoLogins) {
      const user = users.find((u) => u.email === login.email)!;
      expect(user.role).toBe(login.role);
      expect(user.passwordHash).toMatch(/^\$2[aby]\$12\$/);
      expect(await verifyPassword(login.password, user.passwordHash)).toBe(true);
      expect(await verifyPassword("falsch", user.passwordHash)).toBe(false);
      expect(user.advisor).toBe(login.advisor ?? null);
      expect(user.provider).toBe(login.provider ?? null);
    }
  });

  it("marks the database as holding invented content, which the demo banner reads", async () => {
    expect(await count(`SELECT count(*) AS n FROM "DatabaseMarker" WHERE name = 'demo-content'`)).toBe(1);
  });

  it("uses only example domains and 0000 phone blocks for contact data", async () => {
    const contacts = await query<{ email: string | null; phone: string | null }>(
      url,
      `SELECT email, phone FROM "Advisor" UNION ALL SELECT email, phone FROM "Provider"`,
    );
    for (const c of contacts) {
      expect(c.email).toMatch(/@([a-z0-9-]+\.)*example(\.org)?$/);
      expect(c.phone).toMatch(/^\+49 \d+ 0000-\d+$/);
    }
  });
});

describe("synthetic data", () => {
  const synthCounts = async () => ({
    programmes: await count(`SELECT count(*) AS n FROM "Programme" WHERE slug LIKE 'synth-%'`),
    advisors: await count(`SELECT count(*) AS n FROM "Advisor" WHERE slug LIKE 'synth-%'`),
    providers: await count(`SELECT count(*) AS n FROM "Provider" WHERE slug LIKE 'synth-%'`),
  });

  it("--scale creates the requested rows deterministically and --clear-synthetic removes them again", async () => {
    const before = await snapshot(url);
    await expectSuccess(runSeed(url, ["--scale", "2000"]), "seed --scale 2000");
    expect(await synthCounts()).toEqual({ programmes: 400, advisors: 600, providers: 1000 });
    expect(await count(`SELECT count(*) AS n FROM "_ProgrammeTopics" pt JOIN "Programme" p ON p.id = pt."A" WHERE p.slug LIKE 'synth-%'`)).toBeGreaterThanOrEqual(400);
    expect(await count(`SELECT count(*) AS n FROM "_AdvisorRegions" ar JOIN "Advisor" a ON a.id = ar."A" WHERE a.slug LIKE 'synth-%'`)).toBeGreaterThanOrEqual(600);
    const first = await snapshot(url, ["createdAt"]);

    // A second run replaces the rows with the same ones instead of adding more.
    await expectSuccess(runSeed(url, ["--scale", "2000"]), "second seed --scale 2000");
    expect(await synthCounts()).toEqual({ programmes: 400, advisors: 600, providers: 1000 });
    expect(await snapshot(url, ["createdAt"])).toEqual(first);

    await expectSuccess(runSeed(url, ["--clear-synthetic"]), "seed --clear-synthetic");
    expect(await synthCounts()).toEqual({ programmes: 0, advisors: 0, providers: 0 });
    expect(await snapshot(url)).toEqual(before);
  }, 180_000);

  it("rejects malformed options with exit code 2", async () => {
    const result = await runSeed(url, ["--scale", "viele"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--scale needs a whole number");
  });
});
