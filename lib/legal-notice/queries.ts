import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { LegalNoticeFields } from "./schema";

export const LEGAL_NOTICE_ID = "site";
export type LegalNoticeDTO = LegalNoticeFields & { version: number; updatedAt: Date };

const SELECT = {
  organisationName: true,
  legalForm: true,
  street: true,
  postalCode: true,
  town: true,
  representedBy: true,
  email: true,
  phone: true,
  registerCourt: true,
  registerNumber: true,
  vatId: true,
  responsibleName: true,
  responsibleAddress: true,
  signLanguageVideoUrl: true,
  signLanguageCaptionsUrl: true,
  version: true,
  updatedAt: true,
} as const;

/** Public: the Impressum is published by law. Null until the operator saved it once. */
export async function readLegalNotice(): Promise<LegalNoticeDTO | null> {
  return db.legalNotice.findUnique({ where: { id: LEGAL_NOTICE_ID }, select: SELECT });
}

/** The edit form's values (with the version of the optimistic lock); only for those who may edit. */
export async function getLegalNoticeForEdit(actor: Actor | null): Promise<LegalNoticeDTO | null> {
  assertCan(actor, "legalNotice.manage");
  return readLegalNotice();
}
