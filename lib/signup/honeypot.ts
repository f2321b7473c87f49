// A field people never see (hidden by CSS, skipped by screen readers and the tab order) but form
// robots fill in. A filled one means the sender is a robot: the caller answers exactly as to a real
// sign-up and stores nothing, so the robot learns nothing it could adapt to.
export const HONEYPOT_FIELD = "fax";

/** True when the trap field carries anything but whitespace. */
export function isHoneypotFilled(values: Record<string, unknown>): boolean {
  const value = values[HONEYPOT_FIELD];
  const all = Array.isArray(value) ? value : [value];
  return all.some((v) => typeof v === "string" && v.trim() !== "");
}
