// What a dry run or a commit reports. Messages are catalogue keys with parameters, translated where
// they are shown (the job page, the CLI): keys starting with "validation." come from the editor
// namespace (the domain schemas' messages), all others from "importExport".
export type Message = { key: string; params?: Record<string, string | number> };

export type RowError = Message & {
  /** record number as in the file: the header is row 1 (for JSON: the element's position, from 1) */
  row: number;
  /** German column header the error belongs to, if any */
  column?: string;
  /** a page in the editor area that fixes it (the CLI has the names in the message) */
  fix?: "createOrganisation";
};

export type ImportFormat = "csv" | "json";

/**
 * What the commit will do with one row, as the dry run lists it: create or update, and anything an
 * editor should look at first (an update of a published entry goes public at once; a new row that
 * looks like an existing entry may be a duplicate).
 */
export type RowPlan = {
  row: number;
  action: "create" | "update";
  /** title or name as the row will save it */
  title: string;
  /** the existing entry's slug (update), or the slug the row asks for (create) */
  slug: string | null;
  /** the existing entry's id and status (update only) */
  id?: string;
  status?: string;
  warnings: Message[];
};

/** An entry the commit created, for the job page's links to exactly these drafts. */
export type CreatedEntry = { id: string; slug: string; title: string };

export type ImportReport = {
  format: ImportFormat | null;
  fileErrors: Message[];
  rowErrors: RowError[];
  /** rows ready to write (only without errors) */
  created: number;
  updated: number;
  /** per row: create or update, and warnings (only without errors) */
  plan?: RowPlan[];
  /** set by a successful commit */
  createdEntries?: CreatedEntry[];
  /** set when the commit failed: the row it failed on and why */
  failure?: RowError;
};

export const emptyReport = (format: ImportFormat | null = null): ImportReport => ({
  format,
  fileErrors: [],
  rowErrors: [],
  created: 0,
  updated: 0,
});

export const hasErrors = (report: ImportReport) => report.fileErrors.length > 0 || report.rowErrors.length > 0;

export const warningCount = (report: ImportReport) => (report.plan ?? []).reduce((sum, row) => sum + row.warnings.length, 0);
