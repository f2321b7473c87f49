import "server-only";
import { getMessages, getTranslations } from "next-intl/server";

// The form parts' own texts (error summary, field messages) and the messages every form's
// validation can return ("validation.required" of lib/validation/fields.ts, "errors.unexpected").
const FORM_NAMESPACES = ["editor.form", "editor.validation", "editor.errors"];

/**
 * The texts for <FormTexts> of a public form, resolved on the server so the browser needs no
 * message catalogue: every text of the form parts' namespaces and of the form's own ones (e.g.
 * "signup.validation"), by full key. Messages with arguments ("{time}") are left out: the actions
 * format those themselves and return the text.
 */
export async function formTexts(...namespaces: string[]): Promise<Record<string, string>> {
  const messages = await getMessages();
  const entries = await Promise.all(
    [...FORM_NAMESPACES, ...namespaces].map(async (namespace) => {
      const t = await getTranslations(namespace);
      const catalogue = namespace.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
      return Object.entries((catalogue ?? {}) as Record<string, unknown>)
        .filter((entry): entry is [string, string] => typeof entry[1] === "string" && !entry[1].includes("{"))
        .map(([key]) => [`${namespace}.${key}`, t(key)] as const);
    }),
  );
  return Object.fromEntries(entries.flat());
}
