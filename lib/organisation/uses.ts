// Everything that refers to an organisation: programmes (Fördergeber), advisors, events
// (Veranstalter) and initiatives (Verantwortliche Stelle). The delete check, the editor's list and
// edit page count the same relations, so an organisation is never "unused" while a foreign key
// still points at it.
export const ORGANISATION_USE_KINDS = ["programmes", "advisors", "events", "initiatives"] as const;
export type OrganisationUses = Record<(typeof ORGANISATION_USE_KINDS)[number], number>;

/** The Prisma `_count` selection of every relation in ORGANISATION_USE_KINDS. */
export const USES_COUNT_SELECT = { programmes: true, advisors: true, events: true, initiatives: true } as const;

export function totalUses(uses: OrganisationUses): number {
  return ORGANISATION_USE_KINDS.reduce((sum, kind) => sum + uses[kind], 0);
}

/** Only the counts, e.g. from a `_count` result or a DTO that carries more fields. */
export function usesOf(counts: OrganisationUses): OrganisationUses {
  return { programmes: counts.programmes, advisors: counts.advisors, events: counts.events, initiatives: counts.initiatives };
}
