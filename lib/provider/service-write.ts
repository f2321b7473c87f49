import "server-only";
import { conflictError } from "@/lib/content/conflict";
import { translationData } from "@/lib/content/translation-data";
import { pickTranslations } from "@/lib/content/translations";
import { chooseSlug } from "@/lib/content/slug";
import { assertVersion, NEXT_VERSION, writeAtVersion } from "@/lib/content/version-lock";
import { invalidateAfterCommit } from "@/lib/content/cache-tags";
import type { WriteResult } from "@/lib/content/write-result";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sanitizeRichText } from "@/lib/rich-text/sanitize";
import { syncDocuments } from "@/lib/search/sync";
import { loadProviderState, providerFields, resolveProviderRegion } from "./editor-state";
import { providerTags } from "./editor-tags";
import { PROVIDER_TRANSLATED, type ProviderInput, type ProviderUpdateInput } from "./schema";

/**
 * The description as it will be stored: rich text reduced to the safe subset, on every save; its
 * French and English versions too (translationData), so audit rows and conflicts compare stored texts.
 */
function clean<T extends ProviderInput>(input: T): T {
  const description = sanitizeRichText(input.description);
  // Markup alone (e.g. only a <script>) leaves nothing to show: the field is then still empty.
  if (description.replace(/<[^>]*>/g, "").trim() === "") {
    throw new AppError("INVALID", "errors.invalid", { fieldErrors: { description: ["validation.required"] } });
  }
  return { ...input, description, ...translationData(input, ["summary"], "description") };
}

const scalars = (input: ProviderInput) => ({
  name: input.name,
  summary: input.summary,
  description: input.description,
  services: input.services,
  industries: input.industries,
  certifications: input.certifications,
  size: input.size,
  foundedYear: input.foundedYear,
  street: input.street,
  postalCode: input.postalCode,
  town: input.town,
  email: input.email,
  phone: input.phone,
  website: input.website,
  ...pickTranslations(input, PROVIDER_TRANSLATED),
});

const referenceRows = (input: ProviderInput) => input.references.map((reference, sortOrder) => ({ ...reference, sortOrder }));
const slugTaken = (tx: Tx) => async (slug: string) => (await tx.provider.count({ where: { slug } })) > 0;

/**
 * Creates a draft inside the caller's transaction (the importer's all-or-nothing commit). It is not
 * verified: only the "geprüft" action or an explicit date sets lastVerifiedAt.
 */
export async function createProviderTx(tx: Tx, actor: Actor, raw: ProviderInput): Promise<WriteResult> {
  assertCan(actor, "provider.create");
  const input = clean(raw);
  const regionId = await resolveProviderRegion(tx, input.region);
  const slug = await chooseSlug(slugTaken(tx), { wanted: input.slug, name: input.name });
  const row = await tx.provider.create({
    data: { ...scalars(input), slug, regionId, references: { create: referenceRows(input) } },
    select: { id: true, version: true },
  });
  await recordAudit(tx, {
    actor,
    action: "provider.created",
    entityType: "provider",
    entityId: row.id,
    before: null,
    after: { ...providerFields({ ...input, slug }), status: "DRAFT" },
  });
  await syncDocuments(tx, "provider", [row.id]);
  return { id: row.id, slug, version: row.version, tags: providerTags([slug]) };
}

/** Saves the form over the version it was loaded at; a newer saved version is a CONFLICT. */
export async function updateProviderTx(tx: Tx, actor: Actor, id: string, raw: ProviderUpdateInput): Promise<WriteResult> {
  assertCan(actor, "provider.update");
  const input = clean(raw);
  const current = await loadProviderState(tx, id);
  if (!current) throw new AppError("NOT_FOUND", `provider ${id}`);
  const slug = await chooseSlug(slugTaken(tx), { wanted: input.slug, name: input.name, current: current.slug });
  const mine = providerFields({ ...input, slug });
  const theirs = providerFields(current);
  assertVersion(current.version, input.version, () => conflictError(mine, theirs, current.version));
  const regionId = await resolveProviderRegion(tx, input.region);

  await writeAtVersion(
    () => tx.provider.updateMany({ where: { id, version: input.version }, data: { ...scalars(input), slug, regionId, version: NEXT_VERSION } }),
    async () => {
      const now = await loadProviderState(tx, id);
      return now ? conflictError(mine, providerFields(now), now.version) : new AppError("NOT_FOUND", `provider ${id}`);
    },
  );
  // References are edited as a whole list (up to five fieldsets); replace them in order.
  await tx.providerReference.deleteMany({ where: { providerId: id } });
  await tx.providerReference.createMany({ data: referenceRows(input).map((row) => ({ ...row, providerId: id })) });
  await recordAudit(tx, { actor, action: "provider.updated", entityType: "provider", entityId: id, before: theirs, after: mine });
  await syncDocuments(tx, "provider", [id]);
  return { id, slug, version: current.version + 1, tags: providerTags([current.slug, slug]) };
}

export async function createProvider(actor: Actor, input: ProviderInput): Promise<WriteResult> {
  assertCan(actor, "provider.create");
  return invalidateAfterCommit(await db.$transaction((tx) => createProviderTx(tx, actor, input), { timeout: 30_000 }));
}

export async function updateProvider(actor: Actor, id: string, input: ProviderUpdateInput): Promise<WriteResult> {
  assertCan(actor, "provider.update");
  return invalidateAfterCommit(await db.$transaction((tx) => updateProviderTx(tx, actor, id, input), { timeout: 30_000 }));
}
