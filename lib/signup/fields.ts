// The sign-up form's fields without zod: the form's labels and error summary need the names only.
// In the order the form shows them (signup-form.tsx), which is also the schema's
// (tests/unit/signup/schema.test.ts holds them together): the error summary reads like the form.
export const SIGNUP_FIELDS = [
  "name",
  "postalCode",
  "town",
  "region",
  "size",
  "website",
  "contactName",
  "email",
  "phone",
  "services",
  "industries",
  "summary",
  "description",
  "consent",
] as const;
export type SignupField = (typeof SIGNUP_FIELDS)[number];
