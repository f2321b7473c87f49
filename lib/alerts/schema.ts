import { z } from "zod";
import { requiredEmail } from "@/lib/validation/fields";

// The "Benachrichtigen" form. Messages are keys of the "editor" namespace ("validation.required")
// or full keys of "alerts". The filter query is a hidden field and is canonicalized again by the
// service (unknown parameters and values are dropped), so it is only length-checked here.
export const alertRequestInput = z.object({
  email: requiredEmail().pipe(z.string().max(254, "validation.tooLong")),
  consent: z.literal("ja", { error: "alerts.validation.consent" }),
  query: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().max(2000)),
});
export type AlertRequestInput = z.output<typeof alertRequestInput>;

/** Labels of the form in this order (error summary). */
export const ALERT_REQUEST_FIELDS = ["email", "consent"] as const;
