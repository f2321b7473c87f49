import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { holdsDemoContent } from "@/lib/demo-notice/queries";
import { DEMO_CONTENT_MARKER } from "@/lib/demo-notice/marker";
import { markDemoContent } from "@/prisma/seed/demo-marker";

// The demo banner follows what the seed wrote into the database, not an environment variable.
const before = await db.databaseMarker.findUnique({ where: { name: DEMO_CONTENT_MARKER } });

afterAll(async () => {
  await db.databaseMarker.deleteMany({ where: { name: DEMO_CONTENT_MARKER } });
  if (before) await db.databaseMarker.create({ data: { name: DEMO_CONTENT_MARKER } });
});

describe("demo content marker", () => {
  it("is absent from a database the seed did not fill with invented content", async () => {
    await db.databaseMarker.deleteMany({ where: { name: DEMO_CONTENT_MARKER } });
    expect(await holdsDemoContent()).toBe(false);
  });

  it("is there once the seed has marked it, however often it runs", async () => {
    await markDemoContent(db);
    await markDemoContent(db);
    expect(await holdsDemoContent()).toBe(true);
    expect(await db.databaseMarker.count({ where: { name: DEMO_CONTENT_MARKER } })).toBe(1);
  });
});
