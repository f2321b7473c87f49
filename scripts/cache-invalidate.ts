// npm run cache:invalidate [-- <tag> …] [--direkt]
//
// After data changed outside the app (a re-seed, SQL by hand): expires the cached pages and data
// on the app the same way an edit or an import does. Without tags: everything that shows content
// (programmes, advisors, providers, topics and regions, the Leistung ↔ Themenfeld table). By default it queues a `cache.invalidate`
// job, which the worker (npm run worker) hands to the app's internal endpoint, retrying while the
// app is down; --direkt calls that endpoint now (the app must be running at APP_INTERNAL_URL).
import { parseArgs } from "node:util";
import { ADVISOR_TAGS } from "@/lib/advisor/cached";
import { db } from "@/lib/db/client";
import { requestCacheInvalidation } from "@/lib/jobs/cache-invalidate";
import { enqueue } from "@/lib/jobs/enqueue";
import { PROGRAMME_TAGS } from "@/lib/programme/cached";
import { PROVIDER_TAGS } from "@/lib/provider/cached";
import { SERVICE_TOPICS_TAG, TAXONOMY_TAG } from "@/lib/taxonomy/cached";

const EVERYTHING = [PROGRAMME_TAGS.all, ADVISOR_TAGS.all, PROVIDER_TAGS.all, TAXONOMY_TAG, SERVICE_TOPICS_TAG];
const TAGS_PER_JOB = 100;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { direkt: { type: "boolean", default: false } } });
  const tags = positionals.length > 0 ? positionals : EVERYTHING;
  if (values.direkt) {
    await requestCacheInvalidation(tags);
    console.log(`Abgelaufen: ${tags.join(", ")}`);
    return 0;
  }
  await db.$transaction(async (tx) => {
    for (let start = 0; start < tags.length; start += TAGS_PER_JOB) await enqueue(tx, "cache.invalidate", { tags: tags.slice(start, start + TAGS_PER_JOB) });
  });
  console.log(`Auftrag angelegt: ${tags.join(", ")}. Der Worker (npm run worker) lässt die Seiten ablaufen.`);
  return 0;
}

main()
  .then(async (code) => {
    await db.$disconnect();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error("cache:invalidate fehlgeschlagen:", error instanceof Error ? error.message : error);
    await db.$disconnect();
    process.exit(1);
  });
