import "server-only";
import { getTranslations } from "next-intl/server";
import { PROGRAMME_FIELDS } from "@/lib/programme/schema";

/** Field name → visible label, for the form, the error summary, the conflict table and the history. */
export async function programmeFieldLabels(): Promise<Record<string, string>> {
  const t = await getTranslations("programmeEditor.form.fields");
  const ts = await getTranslations("editor");
  return {
    ...Object.fromEntries(PROGRAMME_FIELDS.map((field) => [field, t(field)])),
    version: t("version"),
    status: ts("status.label"),
    lastVerifiedAt: ts("workflow.lastVerified"),
    publishedAt: ts("workflow.publishedAt"),
  };
}
