import { describe, expect, it } from "vitest";
import { SIGNUP_FIELDS, SIGNUP_FORM_ORDER } from "@/lib/signup/fields";

describe("SIGNUP_FORM_ORDER", () => {
  it("names every field of the sign-up exactly once", () => {
    expect([...SIGNUP_FORM_ORDER].sort()).toEqual([...SIGNUP_FIELDS].sort());
  });
});
