import { z } from "zod";
import { optionalText, requiredEmail, requiredText, version } from "@/lib/validation/fields";

/**
 * The sign-language video and its captions may only come from the portal itself (no third-party embed, no request
 * to another origin): a path under /medien/ or an absolute URL of the site's own origin.
 */
export function isOwnVideoUrl(value: string, siteUrl: string): boolean {
  if (/^\/medien\/[^\s/][^\s]*$/.test(value) && !value.includes("..")) return true;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === new URL(siteUrl).origin;
  } catch {
    return false;
  }
}

/** The Impressum form; messages are "editor" catalogue keys. `siteUrl` decides what "own origin" is. */
export const legalNoticeSchema = (siteUrl: string) =>
  z.object({
    organisationName: requiredText(200),
    legalForm: requiredText(100),
    street: requiredText(200),
    postalCode: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string({ error: "validation.required" }).regex(/^\d{5}$/, "validation.postalCode")),
    town: requiredText(100),
    representedBy: requiredText(500),
    email: requiredEmail(),
    phone: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string({ error: "validation.required" }).min(1, "validation.required").max(40, "validation.tooLong").regex(/^\+?[\d\s/()-]{5,}$/, "validation.phone")),
    registerCourt: requiredText(200),
    registerNumber: requiredText(50),
    vatId: optionalText(20).refine((v) => v === null || /^DE\d{9}$/.test(v.replace(/\s/g, "")), "validation.vatId"),
    responsibleName: requiredText(200),
    responsibleAddress: requiredText(500),
    signLanguageVideoUrl: optionalText(500).refine((v) => v === null || isOwnVideoUrl(v, siteUrl), "validation.ownVideoUrl"),
    signLanguageCaptionsUrl: optionalText(500).refine((v) => v === null || isOwnVideoUrl(v, siteUrl), "validation.ownCaptionsUrl"),
    version: version(),
  });
export type LegalNoticeInput = z.output<ReturnType<typeof legalNoticeSchema>>;
export type LegalNoticeFields = Omit<LegalNoticeInput, "version">;

export const LEGAL_NOTICE_FIELDS = [
  "organisationName",
  "legalForm",
  "street",
  "postalCode",
  "town",
  "representedBy",
  "email",
  "phone",
  "registerCourt",
  "registerNumber",
  "vatId",
  "responsibleName",
  "responsibleAddress",
  "signLanguageVideoUrl",
  "signLanguageCaptionsUrl",
] as const satisfies readonly (keyof LegalNoticeFields)[];
