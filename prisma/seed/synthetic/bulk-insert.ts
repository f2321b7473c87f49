import type { Db } from "@/lib/db/client";

// Bulk INSERT … SELECT FROM unnest(): one statement and one text[] parameter per column.
// Prisma's createMany spends about 2 ms of client CPU per row (≈ 200 s for 100 000 rows on two
// cores); this path sends the same rows in a few seconds. Rows are still typed as Prisma
// CreateManyInput by the generators, and the column lists below mirror the migration.

/** SQL type to cast each text value to; list types take a PostgreSQL array literal. */
export type ColumnTypes = Record<string, string>;

export const PROGRAMME_COLUMNS: ColumnTypes = {
  id: "text", slug: "text", title: "text", summary: "text", description: "text", eligibility: "text",
  howToApply: "text", fundingBodyId: "text", level: '"FundingLevel"', fundingTypes: '"FundingType"[]',
  targetGroups: '"TargetGroup"[]', amountText: "text", amountMin: "integer", amountMax: "integer",
  applicationStart: "date", deadline: "date", sourceUrl: "text", lastVerifiedAt: "timestamp(3)",
  status: '"PublicationStatus"', publishedAt: "timestamp(3)",
};
export const ADVISOR_COLUMNS: ColumnTypes = {
  id: "text", slug: "text", kind: '"AdvisorKind"', name: "text", jobTitle: "text", summary: "text",
  organisationId: "text", languages: "text[]", consultationModes: '"ConsultationMode"[]', email: "text",
  phone: "text", street: "text", postalCode: "text", town: "text", officeHours: "text",
  lastVerifiedAt: "timestamp(3)", status: '"PublicationStatus"', publishedAt: "timestamp(3)",
};
export const PROVIDER_COLUMNS: ColumnTypes = {
  id: "text", slug: "text", name: "text", summary: "text", description: "text", services: '"ServiceCategory"[]',
  industries: '"Industry"[]', certifications: "text[]", size: '"CompanySize"', foundedYear: "integer",
  street: "text", postalCode: "text", town: "text", regionId: "text", email: "text", phone: "text",
  website: "text", lastVerifiedAt: "timestamp(3)", status: '"PublicationStatus"', publishedAt: "timestamp(3)",
};
export const REFERENCE_COLUMNS: ColumnTypes = {
  id: "text", providerId: "text", title: "text", description: "text", year: "integer", sortOrder: "integer",
};

const arrayLiteral = (items: readonly string[]) =>
  `{${items.map((item) => `"${item.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;

function encode(value: unknown, type: string): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return type === "date" ? value.toISOString().slice(0, 10) : value.toISOString();
  if (Array.isArray(value)) return arrayLiteral(value.map(String));
  return String(value);
}

/**
 * Inserts `rows` into `table` (a model table name from this file, never user input).
 * Columns not listed keep their database default. With `touch`, createdAt and updatedAt are set to
 * the current UTC time, as Prisma stores them (timestamp without time zone, in UTC).
 */
export async function bulkInsert(
  db: Db,
  table: string,
  columns: ColumnTypes,
  rows: readonly object[],
  { touch = true } = {},
) {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const params = names.map((name) => rows.map((row) => encode((row as Record<string, unknown>)[name], columns[name]!)));
  const stamps = touch ? ["createdAt", "updatedAt"] : [];
  const targets = [...names, ...stamps].map((n) => `"${n}"`).join(", ");
  const selects = [
    ...names.map((name, i) => `c${i}::${columns[name]}`),
    ...stamps.map(() => "(now() AT TIME ZONE 'UTC')"),
  ].join(", ");
  const sources = names.map((_, i) => `$${i + 1}::text[]`).join(", ");
  const aliases = names.map((_, i) => `c${i}`).join(", ");
  await db.$executeRawUnsafe(
    `INSERT INTO "${table}" (${targets}) SELECT ${selects} FROM unnest(${sources}) AS t(${aliases})`,
    ...params,
  );
}
