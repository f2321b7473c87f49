import "server-only";
import { getMessages } from "next-intl/server";
import { contentLabelTexts } from "@/lib/content/field-label-tables";

/**
 * Field name → visible label, for the form, the error summary, the conflict table and the history:
 * the programme's one label table (lib/programme/field-labels.ts).
 */
export async function programmeFieldLabels(): Promise<Record<string, string>> {
  return contentLabelTexts(await getMessages(), "programme");
}
