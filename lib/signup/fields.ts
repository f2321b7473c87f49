// The sign-up form's fields in the form's order, without zod: the form's labels and error summary
// need the names only (tests/unit/signup/schema.test.ts holds them to the schema's fields).
export const SIGNUP_FIELDS = [
  "name",
  "contactName",
  "email",
  "phone",
  "website",
  "postalCode",
  "town",
  "region",
  "services",
  "industries",
  "summary",
  "description",
  "size",
  "consent",
] as const;
export type SignupField = (typeof SIGNUP_FIELDS)[number];
