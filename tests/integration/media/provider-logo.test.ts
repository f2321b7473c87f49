import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { variantKey } from "@/lib/media/keys";
import { providerInput } from "@/lib/provider/schema";
import { createProvider, transitionProvider } from "@/lib/provider/service";
import { findServableLogo } from "@/lib/provider/logo-queries";
import { removeProviderLogo, setProviderLogo } from "@/lib/provider/logo-service";
import { mediaStorage } from "@/lib/storage";
import { actorFor, ADVISOR, auditRows, EDITOR, expectAppError, PROVIDER, uniqueWord } from "../directory-editor/helpers";

let editor: Actor;
let provider: Actor;
let advisor: Actor;

const png = async (width: number, height: number, red = 20) =>
  new Uint8Array(await sharp({ create: { width, height, channels: 3, background: { r: red, g: 90, b: 160 } } }).png().toBuffer());

async function draftProvider(): Promise<string> {
  const name = `${uniqueWord("Logowerk")} GmbH`;
  const input = providerInput.parse({
    name,
    summary: `Webseiten von ${name}`,
    description: "<p>Wir bauen Webseiten.</p>",
    // a contact: publishing needs one
    email: "logowerk@example.org",
    services: ["WEBSITE_SHOP"],
    industries: ["HANDWERK"],
    size: "SMALL",
    town: "Trier",
    region: "stadt-trier",
    references: [],
  });
  return (await createProvider(editor, input)).id;
}

const logoOf = (id: string) => db.provider.findUniqueOrThrow({ where: { id }, select: { logoKey: true, logoWidth: true, logoHeight: true } });
const as = (actor: Actor | null) => () => Promise.resolve(actor);

beforeAll(async () => {
  [editor, provider, advisor] = await Promise.all([actorFor(EDITOR), actorFor(PROVIDER), actorFor(ADVISOR)]);
});

describe("setting and removing a provider logo", () => {
  it("stores the variants, points the entry at them and writes the audit row", async () => {
    const id = await draftProvider();
    const result = await setProviderLogo(editor, id, await png(600, 300));
    const row = await logoOf(id);
    expect(row.logoKey).toMatch(/^[0-9a-f]{64}$/);
    expect([row.logoWidth, row.logoHeight]).toEqual([600, 300]);
    expect(result.tags).toContain(`provider:${result.slug}`);
    for (const width of [96, 192, 384]) {
      const stored = await mediaStorage().get(variantKey(row.logoKey!, width));
      expect(stored?.contentType).toBe("image/webp");
      expect((await sharp(stored!.bytes).metadata()).width).toBe(width);
    }
    const audit = (await auditRows("provider", id)).at(-1)!;
    expect([audit.action, audit.actorId, audit.changes]).toEqual(["provider.updated", editor.id, { logo: { before: null, after: row.logoKey } }]);

    await removeProviderLogo(editor, id);
    expect(await logoOf(id)).toEqual({ logoKey: null, logoWidth: null, logoHeight: null });
    const removal = (await auditRows("provider", id)).at(-1)!;
    expect(removal.changes).toEqual({ logo: { before: row.logoKey, after: null } });
  });

  it("refuses providers, advisors and visitors: nothing changes, no audit row", async () => {
    const id = await draftProvider();
    const before = (await auditRows("provider", id)).length;
    // Even the provider's own entry: providers propose changes for review, they do not write them.
    const ownProvider = { ...provider, providerId: id };
    for (const actor of [ownProvider, advisor]) {
      await expectAppError(setProviderLogo(actor, id, await png(100, 100)), "FORBIDDEN");
      await expectAppError(removeProviderLogo(actor, id), "FORBIDDEN");
    }
    await expectAppError(setProviderLogo(null as unknown as Actor, id, await png(100, 100)), "UNAUTHENTICATED");
    expect((await logoOf(id)).logoKey).toBeNull();
    expect((await auditRows("provider", id)).length).toBe(before);
  });

  it("refuses an SVG with the message for the file field and changes nothing", async () => {
    const id = await draftProvider();
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"/>');
    const error = await expectAppError(setProviderLogo(editor, id, svg), "INVALID");
    expect(error.details.fieldErrors).toEqual({ logo: ["validation.logoSvg"] });
    expect((await logoOf(id)).logoKey).toBeNull();
    expect((await auditRows("provider", id)).map((a) => a.action)).toEqual(["provider.created"]);
  });

  it("answers NOT_FOUND for an unknown provider", async () => {
    await expectAppError(setProviderLogo(editor, "no-such-provider", await png(100, 100)), "NOT_FOUND");
  });
});

describe("who may fetch a logo (/medien)", () => {
  it("a draft's logo: editors and the provider's own account only; public once published", async () => {
    const id = await draftProvider();
    await setProviderLogo(editor, id, await png(300, 150, 77));
    const { logoKey } = await logoOf(id);

    expect(await findServableLogo(logoKey!, as(null))).toBeNull();
    expect(await findServableLogo(logoKey!, as(advisor))).toBeNull();
    expect(await findServableLogo(logoKey!, as(provider))).toBeNull(); // another provider's draft
    expect(await findServableLogo(logoKey!, as({ ...provider, providerId: id }))).toEqual({ width: 300, isPublic: false });
    expect(await findServableLogo(logoKey!, as(editor))).toEqual({ width: 300, isPublic: false });

    const { version } = await db.provider.findUniqueOrThrow({ where: { id }, select: { version: true } });
    await transitionProvider(editor, id, "publish", version, { confirmLookalikes: true });
    expect(await findServableLogo(logoKey!, as(null))).toEqual({ width: 300, isPublic: true });

    await removeProviderLogo(editor, id);
    expect(await findServableLogo(logoKey!, as(null))).toBeNull();
    expect(await findServableLogo(logoKey!, as(editor))).toBeNull();
  });

  it("an unknown key is nobody's", async () => {
    expect(await findServableLogo("0".repeat(64), as(editor))).toBeNull();
  });
});
