import type { Db } from "@/lib/db/client";
import { DEMO_CONTENT_MARKER } from "@/lib/demo-notice/marker";

/** Records that the database now holds invented content: every page shows the demo banner. */
export async function markDemoContent(db: Db): Promise<void> {
  await db.databaseMarker.upsert({ where: { name: DEMO_CONTENT_MARKER }, create: { name: DEMO_CONTENT_MARKER }, update: {} });
}
