// Enum facets appear in URLs as lowercase slugs (ZUSCHUSS → zuschuss, ERP_PROZESSE → erp-prozesse).
// The slugs derive from the enum values in schema.prisma, so labels can change without breaking links.
export function enumToSlug(value: string): string {
  return value.toLowerCase().replaceAll("_", "-");
}

export function slugToEnum<T extends string>(values: readonly T[], slug: string): T | undefined {
  return values.find((value) => enumToSlug(value) === slug);
}
