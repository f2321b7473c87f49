import { createTranslator } from "next-intl";
import legalMessages from "@/messages/de/legal.json";

// Texts the feedback service needs outside a page (the editors' mail, the rate-limit message).
export const feedbackText = createTranslator({ locale: "de", messages: { legal: legalMessages }, namespace: "legal.feedback" });
