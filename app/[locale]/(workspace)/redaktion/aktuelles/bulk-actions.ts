"use server";

import type { BulkFormState } from "@/lib/content/bulk-request";
import { runBulkAction } from "@/lib/content/bulk-action";

// The list's bulk form (issue 13, item 3): every entry is checked, locked and audited on its own.
export async function bulkNewsAction(_state: BulkFormState, formData: FormData): Promise<BulkFormState> {
  return runBulkAction("news", formData);
}
