import { isAppError } from "@/lib/errors";
import { fieldOf, type Column } from "./columns";
import type { RowError } from "./report";

/** A commit failure as the job page and the CLI show it: the row and a German message key. */
export function failureOf(error: unknown, row: number, columns: readonly Column[]): RowError {
  if (isAppError(error)) {
    const [field, messages] = Object.entries(error.details.fieldErrors ?? {})[0] ?? [];
    if (field && messages?.[0]) {
      const column = columns.find((c) => fieldOf(c) === field)?.header;
      return { row, column, key: messages[0] };
    }
    const keys = { CONFLICT: "commit.conflict", NOT_FOUND: "commit.notFound", FORBIDDEN: "commit.forbidden", UNAUTHENTICATED: "commit.forbidden", INVALID: "commit.invalid" } as const;
    return { row, key: keys[error.code] };
  }
  const code = error && typeof error === "object" && "code" in error ? String((error as { code: unknown }).code) : "";
  // Prisma: P2002 unique constraint (e.g. a slug taken since the dry run), P2003/P2025 a reference gone.
  if (code === "P2002") return { row, key: "commit.unique" };
  if (code === "P2003" || code === "P2025") return { row, key: "commit.reference" };
  return { row, key: "commit.unexpected" };
}
