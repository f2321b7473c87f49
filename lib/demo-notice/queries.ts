import "server-only";
import { db } from "@/lib/db/client";
import { DEMO_CONTENT_MARKER } from "./marker";

/** Whether the database holds content the seed invented (public: it only says so on every page). */
export async function holdsDemoContent(): Promise<boolean> {
  const marker = await db.databaseMarker.findUnique({ where: { name: DEMO_CONTENT_MARKER }, select: { name: true } });
  return marker !== null;
}
