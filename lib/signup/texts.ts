import { createTranslator } from "next-intl";
import signupMessages from "@/messages/de/signup.json";

// Texts the services need outside a page (mails, the rate-limit message). A translator over the
// catalogue file works the same in a request, in the integration tests and in scripts.
export const signupText = createTranslator({ locale: "de", messages: { signup: signupMessages }, namespace: "signup" });
