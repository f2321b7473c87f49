import type { FormValues } from "@/lib/actions/form-state";
import { advisorFormValues } from "@/lib/advisor/editor-form-values";
import type { AdvisorInput } from "@/lib/advisor/schema";
import { providerFormValues } from "@/lib/provider/editor-form-values";
import type { ProviderInput } from "@/lib/provider/schema";
import type { RevisionEntityType } from "@/lib/revision/schema";

/** The form's starting values: the entry as saved, overlaid with a proposal's fields when one is given. */
export function selfFormDefaults(type: RevisionEntityType, current: Record<string, unknown>, proposal?: Record<string, unknown> | null): FormValues {
  const merged = { ...current, ...(proposal ?? {}), version: undefined };
  return type === "advisor"
    ? advisorFormValues(merged as unknown as AdvisorInput & { slug: string })
    : providerFormValues(merged as unknown as ProviderInput & { slug: string });
}
