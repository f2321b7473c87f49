// The catalogue namespaces the signed-in area's client components see (its layout passes only
// these to NextIntlClientProvider). Field and publish-check messages travel as full catalogue keys
// ("eventEditor.validation.endBeforeStart") and are looked up there: a namespace missing here shows
// the raw key to the editor. tests/unit/i18n/workspace-namespaces.test.ts holds every key used.
export const WORKSPACE_CLIENT_NAMESPACES = [
  "common",
  "editor",
  "editorBulk",
  "auth",
  "account",
  "programmeEditor",
  "directoryEditor",
  "eventEditor",
  "initiativeEditor",
  "newsEditor",
  "importExport",
  "editorOverview",
  "selfService",
  "signup",
] as const;
