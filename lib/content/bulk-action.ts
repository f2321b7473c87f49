import "server-only";
import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ContentType } from "@/lib/auth/permissions";
import { runFormAction } from "@/lib/actions/run-form-action";
import { isAppError } from "@/lib/errors";
import { bulkRequestSchema, type BulkFormState, type BulkSummary } from "./bulk-request";
import { applyBulkAction, BULK_TOO_MANY } from "./bulk-service";

/**
 * The body of each list's bulk server action (rule 4): the frame parses the form and logs
 * refusals, the service runs the entries. The summary is the form's state, so the list stays at
 * its address with its filters, with or without JavaScript.
 */
export async function runBulkAction(type: ContentType, formData: FormData): Promise<BulkFormState> {
  let summary: BulkSummary | undefined;
  const state = await runFormAction(formData, bulkRequestSchema, async (request, actor) => {
    try {
      summary = await applyBulkAction(actor, type, request);
    } catch (error) {
      if (!isAppError(error) || error.message !== BULK_TOO_MANY) throw error;
      const t = await getTranslations("editorBulk.errors");
      // Unknown catalogue keys are shown as they are: the form gets the finished German text.
      return { status: "error", formError: t("tooMany", error.details.current as { total: number; limit: number }) };
    }
  });
  if (!summary) return state;
  // The list below the summary shows the new statuses.
  refresh();
  return { status: "done", summary };
}
