import "server-only";
import type { Prisma, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { WorkflowState } from "@/lib/publication";
import { providerDetailSelect } from "./queries";
import { PROVIDER_FIELDS, type ProviderInput } from "./schema";

// The provider as the editor sees it: form fields with the region named by slug and the
// references in their order. The same shape serves form defaults, audit rows and conflicts.
// It reads what the public detail page reads (one field list for both) plus the workflow columns.
const PROVIDER_EDITOR_SELECT = {
  ...providerDetailSelect,
  id: true,
  status: true,
  version: true,
  publishedAt: true,
} satisfies Prisma.ProviderSelect;

export type ProviderState = ProviderInput & WorkflowState;

/** Providers in the editor's shape; the CSV import reads them in batches to compare and export. */
export async function loadProviderStates(tx: Tx, where: Prisma.ProviderWhereInput): Promise<ProviderState[]> {
  const rows = await tx.provider.findMany({ where, select: PROVIDER_EDITOR_SELECT });
  return rows.map(({ region, ...rest }) => ({ ...rest, region: region.slug }));
}

export async function loadProviderState(tx: Tx, id: string): Promise<ProviderState | null> {
  const [state] = await loadProviderStates(tx, { id });
  return state ?? null;
}

/** A reference as one readable line, so histories and conflict tables can show it as text. */
export const referenceLine = (r: ProviderInput["references"][number]) =>
  `${r.title}${r.client || r.year ? ` (${[r.client, r.year].filter(Boolean).join(", ")})` : ""}: ${r.description}`;

/** The form fields only (what audit rows and conflict tables compare); tag-like lists sorted. */
export function providerFields(value: ProviderInput & { slug: string | null }): Record<string, unknown> {
  return Object.fromEntries(
    PROVIDER_FIELDS.map((field) => {
      if (field === "references") return [field, value.references.map(referenceLine)]; // in display order
      const v = value[field];
      return [field, Array.isArray(v) ? [...(v as string[])].sort() : v];
    }),
  );
}

/** The seat's Kreis by slug; a broader region (Land, Bund …) is no seat. */
export async function resolveProviderRegion(tx: Tx, slug: string): Promise<string> {
  const region = await tx.region.findUnique({ where: { slug }, select: { id: true, kind: true } });
  if (!region || region.kind !== "KREIS") {
    throw new AppError("INVALID", "errors.invalid", { fieldErrors: { region: ["validation.invalidOption"] } });
  }
  return region.id;
}
