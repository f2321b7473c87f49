// What a dry run or a commit reports. Messages are catalogue keys with parameters, translated where
// they are shown (the job page, the CLI): keys starting with "validation." come from the editor
// namespace (the domain schemas' messages), all others from "importExport".
export type Message = { key: string; params?: Record<string, string | number> };

export type RowError = Message & {
  /** record number as in the file: the header is row 1 (for JSON: the element's position, from 1) */
  row: number;
  /** German column header the error belongs to, if any */
  column?: string;
};

export type ImportFormat = "csv" | "json";

export type ImportReport = {
  format: ImportFormat | null;
  fileErrors: Message[];
  rowErrors: RowError[];
  /** rows ready to write (only without errors) */
  created: number;
  updated: number;
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
