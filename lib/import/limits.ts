// Limits of one import file. 10 MB matches the server action body limit in next.config.ts; 5,000
// rows keep one all-or-nothing transaction short enough to hold (a few seconds per thousand rows).
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 5000;
/** Separator of several values in one CSV cell (Förderarten, Themen, …). */
export const LIST_SEPARATOR = "|";
