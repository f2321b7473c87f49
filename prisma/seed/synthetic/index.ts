import type { Db } from "@/lib/db/client";
import { KREISE } from "../data/regions";
import type { SeedClock } from "../relative-dates";
import { advisorRow, type JoinRow, programmeRow, providerRow, SYNTHETIC_PREFIX, type SyntheticContext } from "./generate";
import {
  ADVISOR_COLUMNS,
  bulkInsert,
  PROGRAMME_COLUMNS,
  PROVIDER_COLUMNS,
  REFERENCE_COLUMNS,
} from "./bulk-insert";
import { createRandom } from "./prng";
import { markDemoContent } from "../demo-marker";

export interface SyntheticCounts {
  programmes: number;
  advisors: number;
  providers: number;
}

/** `--scale N`: 20 % programmes, 30 % advisors, 50 % providers. */
export function splitScale(total: number): SyntheticCounts {
  const programmes = Math.round(total * 0.2);
  const advisors = Math.round(total * 0.3);
  return { programmes, advisors, providers: total - programmes - advisors };
}

const BATCH = 1_000;
const JOIN_BATCH = 20_000;
// Implicit many-to-many tables; "A" is the model whose name sorts first.
type JoinTable = "_ProgrammeTopics" | "_ProgrammeRegions" | "_ProgrammeAdvisors" | "_AdvisorTopics" | "_AdvisorRegions";

/** Removes every synthetic row (join rows and references go with them by cascade). */
export async function clearSynthetic(db: Db): Promise<SyntheticCounts> {
  const where = { slug: { startsWith: SYNTHETIC_PREFIX } };
  const programmes = (await db.programme.deleteMany({ where })).count;
  const advisors = (await db.advisor.deleteMany({ where })).count;
  const providers = (await db.provider.deleteMany({ where })).count;
  return { programmes, advisors, providers };
}

/**
 * Replaces the synthetic data set with `counts` new rows, deterministic for a given PRNG seed and day.
 * Synthetic rows point to the demo's organisations, topics and regions, which must exist.
 */
export async function seedSynthetic(db: Db, counts: SyntheticCounts, clock: SeedClock, seed = 1) {
  await clearSynthetic(db);
  await markDemoContent(db);
  const ctx = await loadContext(db, clock, seed);
  const joins = new JoinBuffer(db);

  for (let from = 1; from <= counts.advisors; from += BATCH) {
    const rows = [];
    for (let n = from; n < Math.min(from + BATCH, counts.advisors + 1); n++) {
      const a = advisorRow(ctx, n);
      rows.push(a.row);
      joins.add("_AdvisorTopics", a.topics);
      joins.add("_AdvisorRegions", a.regions);
    }
    await bulkInsert(db, "Advisor", ADVISOR_COLUMNS, rows);
    await joins.flushIfFull();
  }
  for (let from = 1; from <= counts.programmes; from += BATCH) {
    const rows = [];
    for (let n = from; n < Math.min(from + BATCH, counts.programmes + 1); n++) {
      const p = programmeRow(ctx, n, counts.advisors);
      rows.push(p.row);
      joins.add("_ProgrammeTopics", p.topics);
      joins.add("_ProgrammeRegions", p.regions);
      joins.add("_ProgrammeAdvisors", p.advisors);
    }
    await bulkInsert(db, "Programme", PROGRAMME_COLUMNS, rows);
    await joins.flushIfFull();
  }
  await joins.flush();
  for (let from = 1; from <= counts.providers; from += BATCH) {
    const rows = [];
    const references = [];
    for (let n = from; n < Math.min(from + BATCH, counts.providers + 1); n++) {
      const p = providerRow(ctx, n);
      rows.push(p.row);
      references.push(...p.references);
    }
    await bulkInsert(db, "Provider", PROVIDER_COLUMNS, rows);
    await bulkInsert(db, "ProviderReference", REFERENCE_COLUMNS, references, { touch: false });
  }
}

async function loadContext(db: Db, clock: SeedClock, seed: number): Promise<SyntheticContext> {
  const [organisations, topics, regions] = await Promise.all([
    db.organisation.findMany({ select: { id: true }, orderBy: { slug: "asc" } }),
    db.topic.findMany({ select: { id: true }, orderBy: { slug: "asc" } }),
    db.region.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } }),
  ]);
  const regionIds = new Map(regions.map((r) => [r.slug, r.id]));
  if (organisations.length === 0 || topics.length === 0 || KREISE.some((k) => !regionIds.has(k))) {
    throw new Error("Synthetic data needs the demo's organisations, topics and regions: run the demo seed first.");
  }
  return {
    random: createRandom(seed),
    clock,
    organisationIds: organisations.map((o) => o.id),
    topicIds: topics.map((t) => t.id),
    regionIds,
  };
}

/** Collects join rows and writes them with one unnest() INSERT per table and batch. */
class JoinBuffer {
  private rows = new Map<JoinTable, JoinRow[]>();
  private size = 0;
  constructor(private readonly db: Db) {}

  add(table: JoinTable, rows: JoinRow[]) {
    if (rows.length === 0) return;
    const list = this.rows.get(table) ?? [];
    list.push(...rows);
    this.rows.set(table, list);
    this.size += rows.length;
  }

  async flushIfFull() {
    if (this.size >= JOIN_BATCH) await this.flush();
  }

  async flush() {
    for (const [table, rows] of this.rows) {
      // Table names come from the JoinTable union above, never from input.
      await this.db.$executeRawUnsafe(
        `INSERT INTO "${table}" ("A", "B") SELECT * FROM unnest($1::text[], $2::text[])`,
        rows.map((r) => r[0]),
        rows.map((r) => r[1]),
      );
    }
    this.rows.clear();
    this.size = 0;
  }
}
