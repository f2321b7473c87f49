import type { Db } from "@/lib/db/client";
import { markDemoContent } from "../demo-marker";
import type { SeedClock } from "../relative-dates";
import { seedAdvisors } from "./advisors";
import { seedEvents } from "./events";
import { seedLegalNotice } from "./legal-notice";
import { seedProviderLogos } from "./logos";
import { seedProgrammes } from "./programmes";
import { seedProviders } from "./providers";
import { seedReferenceData } from "./reference";
import { seedUsers } from "./users";
import { seedInitiatives } from "./initiatives";
import { seedNews } from "./news";
import { validateDemoData } from "./validate";

/**
 * Upserts the demo data set by slug (users by e-mail). Rows created by editors are never touched;
 * seeded rows are reset to the seed's content, including their relation lists. The demo accounts
 * only where `accounts` (prisma/seed/accounts-guard.ts).
 */
export async function seedDemo(db: Db, clock: SeedClock, { accounts }: { accounts: boolean }) {
  const problems = validateDemoData();
  if (problems.length > 0) throw new Error(`Demo data is inconsistent:\n- ${problems.join("\n- ")}`);
  await seedReferenceData(db);
  await seedAdvisors(db, clock);
  await seedProviders(db, clock);
  await seedProviderLogos(db);
  await seedProgrammes(db, clock);
  await seedEvents(db, clock);
  await seedLegalNotice(db);
  await seedInitiatives(db, clock);
  // after the programmes, events and initiatives it links to
  await seedNews(db, clock);
  if (accounts) await seedUsers(db);
  await markDemoContent(db);
}
