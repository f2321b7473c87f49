import "server-only";

// Provider sign-up: the public form with double opt-in, and the editors' decision.
export { confirmProviderSignup, inspectSignupToken, submitProviderSignup, SIGNUP_LIMIT, type SignupOutcome } from "./submit";
export { approveProviderSignup, rejectProviderSignup } from "./review";
