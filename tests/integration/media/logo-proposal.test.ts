import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { variantKey } from "@/lib/media/keys";
import { providerInput } from "@/lib/provider/schema";
import { createProvider, transitionProvider } from "@/lib/provider/service";
import { findServableLogo } from "@/lib/provider/logo-queries";
import { setProviderLogo } from "@/lib/provider/logo-service";
import { proposeOwnLogo, proposeOwnLogoRemoval } from "@/lib/revision/logo-proposal";
import { proposeOwnProfileChange } from "@/lib/revision/propose";
import { getOwnProfile, getRevisionForReview } from "@/lib/revision/queries";
import { approveRevision, rejectRevision } from "@/lib/revision/review";
import { mediaStorage } from "@/lib/storage";
import { actorFor, ADVISOR, auditRows, EDITOR, expectAppError, uniqueWord } from "../directory-editor/helpers";
import { ownValues } from "../self-service/helpers";

// Issue 14, item 1: a provider proposes its own logo at /mein-profil; it waits in the entry's
// pending revision, is served to nobody but the entry's account and editors, and reaches the
// entry only when an editor approves.
let editor: Actor;
let advisor: Actor;

const png = async (width: number, height: number, red: number) =>
  new Uint8Array(await sharp({ create: { width, height, channels: 3, background: { r: red, g: 120, b: 60 } } }).png().toBuffer());
let shade = 0;
/** A logo no other test uploads (content-addressed keys would otherwise be shared). */
const freshPng = (width = 300, height = 150) => png(width, height, (Date.now() + ++shade * 37) % 256);

/** A published provider of its own with a PROVIDER account linked to it. */
async function ownProvider(): Promise<{ id: string; slug: string; account: Actor }> {
  const name = `${uniqueWord("Eigenlogo")} GmbH`;
  const input = providerInput.parse({
    name,
    summary: `Netzwerke von ${name}`,
    description: "<p>Wir verkabeln Büros.</p>",
    email: "eigenlogo@example.org",
    services: ["WEBSITE_SHOP"],
    industries: ["HANDWERK"],
    size: "SMALL",
    town: "Trier",
    region: "stadt-trier",
    references: [],
  });
  const { id, slug, version } = await createProvider(editor, input);
  await transitionProvider(editor, id, "publish", version, { confirmLookalikes: true });
  const account = await db.user.create({
    data: { email: `${uniqueWord("eigenlogo")}@example.org`.toLowerCase(), name: "Eigenlogo Konto", role: "PROVIDER", providerId: id, passwordHash: "nicht-anmeldbar" },
    select: { id: true, role: true, name: true, email: true, advisorId: true, providerId: true },
  });
  return { id, slug, account };
}

const logoOf = (id: string) => db.provider.findUniqueOrThrow({ where: { id }, select: { logoKey: true, logoWidth: true, logoHeight: true } });
const pendingOf = (providerId: string) => db.profileRevision.findMany({ where: { providerId, status: "PENDING" } });
const as = (actor: Actor | null) => () => Promise.resolve(actor);
const proposedAtOf = async (id: string) => (await db.profileRevision.findUniqueOrThrow({ where: { id }, select: { createdAt: true } })).createdAt;

beforeAll(async () => {
  [editor, advisor] = await Promise.all([actorFor(EDITOR), actorFor(ADVISOR)]);
});

describe("a provider proposes its own logo", () => {
  it("stores the variants and a pending revision; the entry keeps its logo and the public gets 404", async () => {
    const { id, account } = await ownProvider();
    const { id: revisionId } = await proposeOwnLogo(account, await freshPng());

    const [revision] = await pendingOf(id);
    expect(revision).toMatchObject({ id: revisionId, authorId: account.id, logoChange: "SET", logoWidth: 300, logoHeight: 150, data: {} });
    expect(await mediaStorage().get(variantKey(revision!.logoKey!, 192))).not.toBeNull();
    expect(await logoOf(id)).toEqual({ logoKey: null, logoWidth: null, logoHeight: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: revisionId, action: "profileRevision.proposed" } });
    expect(audit.actorId).toBe(account.id);

    // /medien: the published entry does not show it, so only its own account and editors may fetch it.
    const key = revision!.logoKey!;
    expect(await findServableLogo(key, as(null))).toBeNull();
    expect(await findServableLogo(key, as(advisor))).toBeNull();
    const other = await ownProvider();
    expect(await findServableLogo(key, as(other.account))).toBeNull();
    expect(await findServableLogo(key, as(account))).toEqual({ width: 300, isPublic: false });
    expect(await findServableLogo(key, as(editor))).toEqual({ width: 300, isPublic: false });

    const own = await getOwnProfile(account);
    expect(own.logo).toEqual({ current: null, pending: { change: "SET", logo: { hash: key, width: 300, height: 150 } } });
  });

  it("refuses an SVG and a too small image next to the file field; nothing is proposed", async () => {
    const { id, account } = await ownProvider();
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"/>');
    expect((await expectAppError(proposeOwnLogo(account, svg), "INVALID")).details.fieldErrors).toEqual({ logo: ["validation.logoSvg"] });
    expect((await expectAppError(proposeOwnLogo(account, await freshPng(40, 40)), "INVALID")).details.fieldErrors).toEqual({ logo: ["validation.logoTooSmall"] });
    expect(await pendingOf(id)).toEqual([]);
  });

  it("only for the account's own entry: another provider's proposal lands on its own entry, editors and advisors are refused", async () => {
    const target = await ownProvider();
    const other = await ownProvider();
    // The entry comes from the session; a forged providerId in a request has no way in.
    await proposeOwnLogo(other.account, await freshPng());
    expect(await pendingOf(target.id)).toEqual([]);
    expect(await pendingOf(other.id)).toHaveLength(1);

    await expectAppError(proposeOwnLogo(editor, await freshPng()), "FORBIDDEN");
    await expectAppError(proposeOwnLogo(advisor, await freshPng()), "FORBIDDEN");
    await expectAppError(proposeOwnLogo(null, await freshPng()), "UNAUTHENTICATED");
    await expectAppError(proposeOwnLogoRemoval(advisor), "FORBIDDEN");
    expect(await pendingOf(target.id)).toEqual([]);
  });

  it("shares the one pending revision with the field proposal: neither replaces the other", async () => {
    const { id, account } = await ownProvider();
    await proposeOwnLogo(account, await freshPng());
    const current = await db.provider.findUniqueOrThrow({ where: { id }, select: { summary: true } });
    await proposeOwnProfileChange(account, { ...(await ownFields(id)), summary: `${current.summary} – neu` });
    const [revision] = await pendingOf(id);
    expect(revision!.logoChange).toBe("SET");
    expect((revision!.data as Record<string, unknown>).summary).toBe(`${current.summary} – neu`);
    await proposeOwnLogo(account, await freshPng());
    expect(await pendingOf(id)).toHaveLength(1);
    expect(((await pendingOf(id))[0]!.data as Record<string, unknown>).summary).toBe(`${current.summary} – neu`);
  });
});

/** The entry's own fields as saved: the base of a field proposal. */
const ownFields = (id: string) => ownValues("provider", id);

describe("the editor decides", () => {
  it("shows current and proposed logo; approving sets the entry's logo, expires its pages and makes it public", async () => {
    const { id, slug, account } = await ownProvider();
    await setProviderLogo(editor, id, await freshPng(200, 200));
    const before = await logoOf(id);
    const { id: revisionId } = await proposeOwnLogo(account, await freshPng(400, 200));
    const proposedKey = (await pendingOf(id))[0]!.logoKey!;

    const review = await getRevisionForReview(editor, revisionId);
    expect(review.logo).toEqual({
      current: { hash: before.logoKey, width: 200, height: 200 },
      proposed: { hash: proposedKey, width: 400, height: 200 },
    });
    expect(review.changes).toEqual([]);

    const { version } = await db.provider.findUniqueOrThrow({ where: { id }, select: { version: true } });
    const result = await approveRevision(editor, revisionId, { version, proposedAt: await proposedAtOf(revisionId) });
    expect(result.tags).toContain(`provider:${slug}`);
    expect(await logoOf(id)).toEqual({ logoKey: proposedKey, logoWidth: 400, logoHeight: 200 });
    // A logo does not raise the entry's version (no profile field changed).
    expect((await db.provider.findUniqueOrThrow({ where: { id }, select: { version: true } })).version).toBe(version);
    expect(await findServableLogo(proposedKey, as(null))).toEqual({ width: 400, isPublic: true });
    expect(await findServableLogo(before.logoKey!, as(null))).toBeNull();
    const audit = (await auditRows("provider", id)).at(-1)!;
    expect([audit.action, audit.actorId, audit.changes]).toEqual(["provider.updated", editor.id, { logo: { before: before.logoKey, after: proposedKey } }]);
    expect(await db.auditLog.count({ where: { entityId: revisionId, action: "profileRevision.approved" } })).toBe(1);
  });

  it("approves fields and logo of one revision together", async () => {
    const { id, account } = await ownProvider();
    const summary = `Mit Logo ${uniqueWord("s")}`;
    await proposeOwnProfileChange(account, { ...(await ownFields(id)), summary });
    const { id: revisionId } = await proposeOwnLogo(account, await freshPng());
    const { version } = await db.provider.findUniqueOrThrow({ where: { id }, select: { version: true } });
    await approveRevision(editor, revisionId, { version, proposedAt: await proposedAtOf(revisionId) });
    const row = await db.provider.findUniqueOrThrow({ where: { id }, select: { summary: true, logoKey: true, version: true } });
    expect(row.summary).toBe(summary);
    expect(row.logoKey).toMatch(/^[0-9a-f]{64}$/);
    expect(row.version).toBe(version + 1);
  });

  it("a removal proposal: refused while there is no logo, applied on approval", async () => {
    const { id, account } = await ownProvider();
    const nothing = await expectAppError(proposeOwnLogoRemoval(account), "INVALID");
    expect(nothing.message).toBe("selfService.logo.nothingToRemove");
    expect(await pendingOf(id)).toEqual([]);

    await setProviderLogo(editor, id, await freshPng());
    const { id: revisionId } = await proposeOwnLogoRemoval(account);
    expect((await getRevisionForReview(editor, revisionId)).logo?.proposed).toBeNull();
    expect((await logoOf(id)).logoKey).not.toBeNull();
    const { version } = await db.provider.findUniqueOrThrow({ where: { id }, select: { version: true } });
    await approveRevision(editor, revisionId, { version, proposedAt: await proposedAtOf(revisionId) });
    expect(await logoOf(id)).toEqual({ logoKey: null, logoWidth: null, logoHeight: null });
  });

  it("rejecting discards the proposal: the entry keeps its logo and the proposed one is served to nobody", async () => {
    const { id, account } = await ownProvider();
    const { id: revisionId } = await proposeOwnLogo(account, await freshPng());
    const key = (await pendingOf(id))[0]!.logoKey!;
    await rejectRevision(editor, revisionId, "Bitte ein Logo mit transparentem Hintergrund.", await proposedAtOf(revisionId));
    expect(await logoOf(id)).toEqual({ logoKey: null, logoWidth: null, logoHeight: null });
    expect(await findServableLogo(key, as(account))).toBeNull();
    expect(await findServableLogo(key, as(editor))).toBeNull();
    expect((await getOwnProfile(account)).logo.pending).toBeNull();
  });

  it("a newer logo after the reviewer opened the proposal cannot be approved unseen", async () => {
    const { id, account } = await ownProvider();
    const { id: revisionId } = await proposeOwnLogo(account, await freshPng());
    const seen = await proposedAtOf(revisionId);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await proposeOwnLogo(account, await freshPng());
    const { version } = await db.provider.findUniqueOrThrow({ where: { id }, select: { version: true } });
    await expectAppError(approveRevision(editor, revisionId, { version, proposedAt: seen }), "INVALID");
    expect((await logoOf(id)).logoKey).toBeNull();
  });
});
