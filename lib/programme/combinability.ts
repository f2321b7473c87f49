import { Combinability } from "@/lib/db/enums";

// Whether a programme can be combined with other public funding. Null on a programme means the
// editors do not know; the detail page then says so instead of hiding the question.
export const COMBINABILITY_VALUES = Object.values(Combinability) as [Combinability, ...Combinability[]];

/** Message key (full path) of the answer shown on the detail page, in the form and the history. */
export function combinabilityMessageKey(value: Combinability | null): string {
  return value ? `facets.combinability.${value}` : "programmes.detail.combinabilityUnknown";
}
