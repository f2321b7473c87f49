import "server-only";
import { db } from "@/lib/db/client";

/** Choices for the own-profile form (and the reviewer's edit form): topics, areas, provider seats. */
export async function getSelfFormOptions() {
  const [topics, regions] = await Promise.all([
    db.topic.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true } }),
    db.region.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true, kind: true } }),
  ]);
  return { topics, regions, kreise: regions.filter((r) => r.kind === "KREIS") };
}
export type SelfFormOptions = Awaited<ReturnType<typeof getSelfFormOptions>>;
