// Typed failures of the service layer (docs/conventions.md, rule 10). Actions map them to what the user
// sees: field messages, a conflict view, a 403 or a 404 — never a stack trace.
export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID" | "UNAUTHENTICATED";

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** message-catalogue key (namespace "editor.errors") or a short English reason for logs */
    message: string = code,
    readonly details: { fieldErrors?: FieldErrors; current?: unknown; permission?: string } = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
