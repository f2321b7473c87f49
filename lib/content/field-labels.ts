// German field labels (issue 14, item 7): every field a user can meet — in a form, the history,
// the change log, a review or an error summary — is named from one table per content type
// (lib/<type>/field-labels.ts). A table maps the field to a message key in messages/de, so the
// words live in the catalogue and the identifiers (`topicIds`, `sourceUrl`) never reach a page.

export type FieldLabelTable = Readonly<Record<string, string>>;

/** The workflow columns an audit row of any content type can hold. */
export const WORKFLOW_FIELD_LABELS: FieldLabelTable = {
  status: "editor.status.label",
  version: "editor.workflow.version",
  lastVerifiedAt: "editor.workflow.lastVerified",
  publishedAt: "editor.workflow.publishedAt",
};

/** `{ field: "<namespace>.<field>" }` for each field: the form's own labels. */
export const labelKeys = (namespace: string, fields: readonly string[]): Record<string, string> =>
  Object.fromEntries(fields.map((field) => [field, `${namespace}.${field}`]));

type Messages = Record<string, unknown>;

/** The message at a dotted key, or null when the catalogue has no text there. */
export function messageAt(messages: Messages, key: string): string | null {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return null;
    node = (node as Messages)[part];
  }
  return typeof node === "string" ? node : null;
}

/** A table's labels as text (field → German label); fields without text are left out. */
export function labelTexts(messages: Messages, table: FieldLabelTable): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [field, key] of Object.entries(table)) {
    const text = messageAt(messages, key);
    if (text !== null) texts[field] = text;
  }
  return texts;
}
