// The sign-up form's fields without zod: the form's labels and error summary need the names only.
// SIGNUP_FIELDS is the schema's order (tests/unit/signup/schema.test.ts holds it to the schema's
// fields), in which zod reports the messages.
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

/**
 * The same fields in the order the form shows them (signup-form.tsx): the error summary lists its
 * messages in this order, so it reads like the form (tests/unit/signup/fields.test.ts holds it to
 * SIGNUP_FIELDS, tests/e2e/provider-signup.spec.ts to the form).
 */
export const SIGNUP_FORM_ORDER: readonly SignupField[] = [
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
];
