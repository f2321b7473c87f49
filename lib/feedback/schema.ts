import { z } from "zod";
import { FeedbackStatus } from "@/lib/db/enums";
import { oneOf, optionalEmail, optionalText, requiredText, version } from "@/lib/validation/fields";

export const FEEDBACK_FIELDS = ["name", "email", "pageUrl", "message"] as const;
export const FEEDBACK_STATUSES = [FeedbackStatus.NEW, FeedbackStatus.IN_PROGRESS, FeedbackStatus.ANSWERED] as const;

/** The public form; messages are "editor" catalogue keys. The page may be a path or a full address. */
export const feedbackInput = z.object({
  name: optionalText(200),
  email: optionalEmail(),
  pageUrl: requiredText(500),
  message: requiredText(5000),
});
export type FeedbackInput = z.output<typeof feedbackInput>;

export const feedbackStatusInput = z.object({
  id: z.string().min(1),
  status: oneOf(FEEDBACK_STATUSES),
  version: version(),
});
export type FeedbackStatusInput = z.output<typeof feedbackStatusInput>;
