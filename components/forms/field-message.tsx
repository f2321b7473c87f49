"use client";

import { useTranslations } from "next-intl";

/**
 * Translates a catalogue key from a FormState: "validation.required" in the "editor" namespace, or
 * a full key of another namespace ("account.passwordReset.sent"); text that is no key shows as-is.
 */
export function useFormMessage() {
  const t = useTranslations();
  return (key: string) => (t.has(`editor.${key}`) ? t(`editor.${key}`) : t.has(key) ? t(key) : key);
}

export function FieldError({ id, errors }: { id: string; errors: string[] }) {
  const message = useFormMessage();
  const t = useTranslations("editor.form");
  if (errors.length === 0) return null;
  return (
    <p id={id} className="font-bold text-closed">
      <span className="sr-only">{t("errorPrefix")} </span>
      {errors.map(message).join(" ")}
    </p>
  );
}

export function FieldHint({ id, hint }: { id: string; hint?: string }) {
  if (!hint) return null;
  return (
    <p id={id} className="text-sm text-muted">
      {hint}
    </p>
  );
}

export const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;
