import type { FormValues } from "@/lib/actions/form-state";
import { translationFormValues } from "@/lib/content/translations";
import { ADVISOR_TRANSLATED, type AdvisorInput } from "./schema";

/** Saved values as the form shows them: lists stay lists, empty values become "". */
export function advisorFormValues(advisor: (AdvisorInput & { slug: string | null; version?: number }) | null): FormValues {
  // A new entry chooses its kind: no preset that would be saved unnoticed (issue 14, item 7).
  if (!advisor) return { kind: "", languages: "de" };
  return {
    kind: advisor.kind,
    name: advisor.name,
    slug: advisor.slug ?? "",
    jobTitle: advisor.jobTitle ?? "",
    summary: advisor.summary,
    organisation: advisor.organisation,
    topics: advisor.topics,
    programmes: advisor.programmes,
    regions: advisor.regions,
    languages: advisor.languages.join(", "),
    consultationModes: advisor.consultationModes,
    ...advisorContactValues(advisor),
    ...translationFormValues(advisor, ADVISOR_TRANSLATED),
    ...(advisor.version !== undefined && { version: String(advisor.version) }),
  };
}

/** The contact fields with "" for none, as the form and the CSV export show them. */
export function advisorContactValues(advisor: AdvisorInput) {
  return {
    email: advisor.email ?? "",
    phone: advisor.phone ?? "",
    street: advisor.street ?? "",
    postalCode: advisor.postalCode ?? "",
    town: advisor.town ?? "",
    officeHours: advisor.officeHours ?? "",
    bookingUrl: advisor.bookingUrl ?? "",
  };
}
