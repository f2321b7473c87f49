// `npm run db:seed [-- options]`: demo data set and optional synthetic benchmark data (see README.md).
import { db } from "@/lib/db/client";
import { demoAccountsRefusal } from "./accounts-guard";
import { seedDemo } from "./demo";
import { parseSeedOptions, USAGE, UsageError } from "./options";
import { seedClock } from "./relative-dates";
import { clearSynthetic, seedSynthetic, type SyntheticCounts } from "./synthetic";

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const total = (c: SyntheticCounts) => c.programmes + c.advisors + c.providers;

async function main() {
  const options = parseSeedOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const clock = seedClock();
  if (options.demo) {
    const started = performance.now();
    const refusal = await demoAccountsRefusal(db);
    if (refusal) console.warn(`[seed] demo accounts NOT written (their password is public): ${refusal}.`);
    await seedDemo(db, clock, { accounts: !refusal });
    const [programmes, advisors, providers] = await Promise.all([
      db.programme.count({ where: { slug: { not: { startsWith: "synth-" } } } }),
      db.advisor.count({ where: { slug: { not: { startsWith: "synth-" } } } }),
      db.provider.count({ where: { slug: { not: { startsWith: "synth-" } } } }),
    ]);
    console.log(
      `[seed] demo data for ${clock.today} (Europe/Berlin) in ${seconds(started)}: ` +
        `${programmes} programmes, ${advisors} advisors, ${providers} providers in the database (excluding synthetic)`,
    );
  }
  if (options.synthetic) {
    const started = performance.now();
    if (total(options.synthetic) === 0) {
      const removed = await clearSynthetic(db);
      console.log(`[seed] removed ${total(removed)} synthetic rows in ${seconds(started)}`);
    } else {
      await seedSynthetic(db, options.synthetic, clock, options.randomSeed);
      const { programmes, advisors, providers } = options.synthetic;
      console.log(
        `[seed] synthetic data in ${seconds(started)}: ${programmes} programmes, ${advisors} advisors, ${providers} providers`,
      );
    }
  }
}

try {
  await main();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error("[seed] failed:", error);
    process.exitCode = 1;
  }
} finally {
  await db.$disconnect();
}
