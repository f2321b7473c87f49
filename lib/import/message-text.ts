import type { Message } from "./report";

/** The part of a next-intl translator this needs (getTranslations() or createTranslator() without namespace). */
export type Translate = {
  (key: string, params?: Record<string, string | number>): string;
  has(key: string): boolean;
};

const OWN = /^(file|header|row|value|commit|warning)\./;

/**
 * German text of a report message. Import's own keys live in "importExport.errors"; messages from
 * the domain schemas and services are "editor" keys ("validation.required", "errors.slugTaken").
 */
export function messageText(t: Translate, message: Message): string {
  const key = OWN.test(message.key) ? `importExport.errors.${message.key}` : `editor.${message.key}`;
  if (t.has(key)) return t(key, message.params);
  const field = message.params?.field;
  return (field ? t("importExport.errors.value.unknownField", { field: String(field) }) : "") + t("importExport.errors.value.invalid");
}
