import "server-only";
import { getTranslations } from "next-intl/server";
import { problemResponse } from "@/lib/api/problem";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import type { ParamIssue } from "./params";

/** The texts of the open data's problem documents, in German whatever `lang` asks for. */
export async function apiErrorTexts() {
  return getTranslations({ locale: DEFAULT_LOCALE, namespace: "openData.api.errors" });
}

/**
 * The 400 problem document for a parameter the open data cannot take (./params.ts), a wrong `lang`
 * included: the same on every /api/v1 endpoint, the search API, the feeds and the calendar files.
 */
export async function parameterProblem({ field, issue, max }: ParamIssue, headers: Record<string, string>): Promise<Response> {
  const t = await apiErrorTexts();
  return problemResponse(400, t(issue, { field, max: max ?? 0 }), { code: "INVALID_PARAMETER", field }, headers);
}
