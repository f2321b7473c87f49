import { translationSelect } from "@/lib/content/translations";
import type { Prisma } from "@/lib/db/client";
import { PROVIDER_TRANSLATED } from "./schema";

// No "server-only" guard: the search-index scripts read providers with this select as well.

/**
 * A provider's own profile columns in one list. The public detail page, the editor (and through
 * it the import) and the search index each add their relations and workflow columns to it.
 */
export const PROVIDER_PROFILE_FIELDS = {
  slug: true,
  name: true,
  summary: true,
  description: true,
  services: true,
  industries: true,
  certifications: true,
  size: true,
  foundedYear: true,
  street: true,
  postalCode: true,
  town: true,
  email: true,
  phone: true,
  website: true,
  ...translationSelect(PROVIDER_TRANSLATED),
} as const satisfies Prisma.ProviderSelect;
