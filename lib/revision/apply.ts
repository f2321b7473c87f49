import "server-only";
import { z } from "zod";
import { advisorUpdateInput } from "@/lib/advisor/schema";
import type { WriteResult } from "@/lib/content/write-result";
import { updateAdvisorTx } from "@/lib/advisor/service";
import { loadAdvisorState } from "@/lib/advisor/editor-state";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import type { LogoChange } from "@/lib/db/enums";
import { AppError } from "@/lib/errors";
import { providerUpdateInput } from "@/lib/provider/schema";
import { writeProviderLogoTx } from "@/lib/provider/logo-service";
import { updateProviderTx } from "@/lib/provider/service";
import { loadProviderState } from "@/lib/provider/editor-state";
import type { RevisionEntityType } from "./schema";

/** The entry's saved form values (links by slug), the base a proposal is laid over. */
export async function currentValues(tx: Tx, type: RevisionEntityType, id: string) {
  const state = type === "advisor" ? await loadAdvisorState(tx, id) : await loadProviderState(tx, id);
  if (!state) throw new AppError("NOT_FOUND", `${type} ${id}`);
  return state as unknown as Record<string, unknown> & { slug: string; version: number; status: string; name: string };
}

/**
 * Writes the proposed fields onto the entry through the domain's own update (same validation,
 * optimistic lock on `version`, audit row, search documents, cache tags), inside the reviewer's
 * transaction. Fields the person may not change keep their current values.
 */
export async function applyProposalTx(
  tx: Tx,
  reviewer: Actor,
  type: RevisionEntityType,
  id: string,
  proposal: Record<string, unknown>,
  version: number,
): Promise<WriteResult> {
  const current = await currentValues(tx, type, id);
  const merged = { ...current, ...proposal, slug: current.slug, version };
  const schema = type === "advisor" ? advisorUpdateInput : providerUpdateInput;
  const parsed = schema.safeParse(merged);
  if (!parsed.success) {
    throw new AppError("INVALID", "errors.invalid", { fieldErrors: z.flattenError(parsed.error as z.ZodError).fieldErrors as Record<string, string[]> });
  }
  return type === "advisor"
    ? updateAdvisorTx(tx, reviewer, id, parsed.data as z.output<typeof advisorUpdateInput>)
    : updateProviderTx(tx, reviewer, id, parsed.data as z.output<typeof providerUpdateInput>);
}

type LogoProposal = { logoChange: LogoChange | null; logoKey: string | null; logoWidth: number | null; logoHeight: number | null };

/**
 * Writes a proposed logo (or its removal) onto the provider the way the editor's own upload does
 * (audit row, cache tags of the public pages); null when the revision leaves the logo alone.
 */
export async function applyLogoProposalTx(tx: Tx, reviewer: Actor, providerId: string, proposal: LogoProposal): Promise<WriteResult | null> {
  if (proposal.logoChange === "SET" && proposal.logoKey && proposal.logoWidth && proposal.logoHeight) {
    return writeProviderLogoTx(tx, reviewer, providerId, { logoKey: proposal.logoKey, logoWidth: proposal.logoWidth, logoHeight: proposal.logoHeight });
  }
  if (proposal.logoChange === "REMOVE") return writeProviderLogoTx(tx, reviewer, providerId, { logoKey: null, logoWidth: null, logoHeight: null });
  return null;
}
