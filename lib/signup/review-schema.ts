import { z } from "zod";
import { requiredText } from "@/lib/validation/fields";

// The editors' rejection form: the reason goes to the contact by mail, so it is required.
export const rejectInput = z.object({ reason: requiredText(2000) });
export type RejectInput = z.output<typeof rejectInput>;
