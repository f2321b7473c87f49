import { translationSelect } from "@/lib/content/translations";
import type { Prisma } from "@/lib/db/client";
import { ADVISOR_TRANSLATED } from "./schema";

// No "server-only" guard: the search-index scripts read advisors with this select as well.

/**
 * An advisor's own profile columns in one list. The public detail page, the editor (and through
 * it the import) and the search index each add their relations and workflow columns to it.
 */
export const ADVISOR_PROFILE_FIELDS = {
  slug: true,
  kind: true,
  name: true,
  jobTitle: true,
  summary: true,
  languages: true,
  consultationModes: true,
  email: true,
  phone: true,
  street: true,
  postalCode: true,
  town: true,
  officeHours: true,
  bookingUrl: true,
  ...translationSelect(ADVISOR_TRANSLATED),
} as const satisfies Prisma.AdvisorSelect;
