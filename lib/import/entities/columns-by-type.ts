import type { Column } from "../columns";
import type { ImportEntityType } from "../types";
import { ADVISOR_COLUMNS, PROVIDER_COLUMNS } from "./directory-columns";
import { EVENT_COLUMNS } from "./event-columns";
import { PROGRAMME_COLUMNS } from "./programme-columns";

/** Columns per type, without any data access (pages, templates and docs read them). */
export const COLUMNS_BY_TYPE: Record<ImportEntityType, readonly Column[]> = {
  programme: PROGRAMME_COLUMNS,
  advisor: ADVISOR_COLUMNS,
  provider: PROVIDER_COLUMNS,
  event: EVENT_COLUMNS,
};
