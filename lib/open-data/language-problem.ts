import "server-only";
import { getTranslations } from "next-intl/server";
import { problemResponse } from "@/lib/api/problem";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import type { LanguageIssue } from "./language";

/** The 400 problem document for a wrong `lang` (./language.ts), the same on the API, the search API, feeds and calendar files. */
export async function languageProblem({ field, issue, max }: LanguageIssue, headers: Record<string, string>): Promise<Response> {
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: "openData.api.errors" });
  return problemResponse(400, t(issue, { field, max: max ?? 0 }), { code: "INVALID_PARAMETER", field }, headers);
}
