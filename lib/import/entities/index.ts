import "server-only";
import type { EntityImporter, ImportEntityType } from "../types";
import { advisorImporter } from "./advisor";
import { eventImporter } from "./event";
import { programmeImporter } from "./programme";
import { providerImporter } from "./provider";

// The importers of each type; lib/import itself knows no domain.
const IMPORTERS: Record<ImportEntityType, EntityImporter | undefined> = {
  programme: programmeImporter as EntityImporter,
  advisor: advisorImporter as EntityImporter,
  provider: providerImporter as EntityImporter,
  event: eventImporter as EntityImporter,
};

export const IMPORT_TYPES = (Object.keys(IMPORTERS) as ImportEntityType[]).filter((type) => IMPORTERS[type]);

export function getImporter(type: ImportEntityType): EntityImporter | undefined {
  return IMPORTERS[type];
}
