import { getTranslations } from "next-intl/server";
import { problemResponse } from "@/lib/api/problem";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";

// Unknown API paths answer a problem document, not the HTML not-found page.
async function notFound(): Promise<Response> {
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: "search.api.errors" });
  return problemResponse(404, t("notFound"), { code: "NOT_FOUND" }, { "Cache-Control": "no-store" });
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
