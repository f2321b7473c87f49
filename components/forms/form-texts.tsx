"use client";

import { createContext, useContext } from "react";

/** A text by its full catalogue key ("editor.validation.required"); undefined when the form has none. */
export type FormTextLookup = (key: string) => string | undefined;

/**
 * Where the form parts (error summary, field messages) get their texts. Not from next-intl's client
 * hooks: on a public page those load the message-format runtime (12 KiB gzipped) and a provider for a
 * few fixed strings. Public forms get their texts resolved on the server (formTexts() in
 * form-texts-server.ts) as a plain object; the signed-in areas, which load next-intl anyway, plug in
 * their provider's messages (intl-form-texts.tsx).
 */
export const FormTextsContext = createContext<FormTextLookup>(() => undefined);

/** The texts of a public form: key → text, as formTexts() resolves them on the server. */
export function FormTexts({ texts, children }: { texts: Record<string, string>; children: React.ReactNode }) {
  return <FormTextsContext.Provider value={(key) => texts[key]}>{children}</FormTextsContext.Provider>;
}

/** A fixed text of the form parts by full key; the key itself when missing, so a gap shows, not nothing. */
export function useFormText() {
  const text = useContext(FormTextsContext);
  return (key: string) => text(key) ?? key;
}

/**
 * Translates a catalogue key from a FormState: "validation.required" in the "editor" namespace, or
 * a full key of another namespace ("account.passwordReset.sent"); text that is no key shows as-is.
 */
export function useFormMessage() {
  const text = useContext(FormTextsContext);
  return (key: string) => text(`editor.${key}`) ?? text(key) ?? key;
}
