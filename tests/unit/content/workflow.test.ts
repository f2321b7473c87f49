import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import {
  allowedTransitions,
  assertTransition,
  canTransitionFrom,
  publishedAtAfter,
  transitionPermission,
  TRANSITIONS,
  WORKFLOW,
  type Transition,
} from "@/lib/content/workflow";
import type { PublicationStatus } from "@/lib/db/enums";
import { AppError } from "@/lib/errors";

const STATUSES: PublicationStatus[] = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"];
const actor = (role: Actor["role"]) => ({ role });

// The whole table, written out: from which status each transition is allowed, and where it leads.
const EXPECTED: Record<Transition, { from: PublicationStatus[]; to: PublicationStatus }> = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW" },
  publish: { from: ["DRAFT", "IN_REVIEW"], to: "PUBLISHED" },
  unpublish: { from: ["IN_REVIEW", "PUBLISHED"], to: "DRAFT" },
  archive: { from: ["DRAFT", "IN_REVIEW", "PUBLISHED"], to: "ARCHIVED" },
  restore: { from: ["ARCHIVED"], to: "DRAFT" },
};

describe("workflow table", () => {
  for (const transition of TRANSITIONS) {
    for (const status of STATUSES) {
      const allowed = EXPECTED[transition].from.includes(status);
      it(`${transition} from ${status} is ${allowed ? "allowed" : "refused"}`, () => {
        expect(canTransitionFrom(status, transition)).toBe(allowed);
        if (allowed) expect(assertTransition(status, transition).to).toBe(EXPECTED[transition].to);
        else {
          const error = (() => {
            try {
              assertTransition(status, transition);
            } catch (e) {
              return e;
            }
          })();
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe("INVALID");
          expect((error as AppError).message).toBe("errors.transitionNotAllowed");
        }
      });
    }
    it(`${transition} needs the permission <type>.${transition}`, () => {
      expect(transitionPermission("programme", transition)).toBe(`programme.${transition}`);
      expect(transitionPermission("advisor", transition)).toBe(`advisor.${transition}`);
      expect(transitionPermission("provider", transition)).toBe(`provider.${transition}`);
      expect(WORKFLOW[transition].to).toBe(EXPECTED[transition].to);
    });
  }

  it("offers editors and admins every transition the status allows, advisors and providers none", () => {
    expect(allowedTransitions(actor("EDITOR"), "programme", "DRAFT")).toEqual(["submit", "publish", "archive"]);
    expect(allowedTransitions(actor("EDITOR"), "programme", "IN_REVIEW")).toEqual(["publish", "unpublish", "archive"]);
    expect(allowedTransitions(actor("ADMIN"), "advisor", "PUBLISHED")).toEqual(["unpublish", "archive"]);
    expect(allowedTransitions(actor("EDITOR"), "provider", "ARCHIVED")).toEqual(["restore"]);
    for (const status of STATUSES) {
      expect(allowedTransitions(actor("ADVISOR"), "programme", status)).toEqual([]);
      expect(allowedTransitions(actor("PROVIDER"), "provider", status)).toEqual([]);
    }
    expect(allowedTransitions(null, "programme", "DRAFT")).toEqual([]);
  });

  it("sets publishedAt when going public and clears it when leaving the public site", () => {
    const now = new Date("2026-11-26T10:00:00Z");
    const earlier = new Date("2026-01-01T10:00:00Z");
    expect(publishedAtAfter("publish", null, now)).toEqual(now);
    expect(publishedAtAfter("unpublish", earlier, now)).toBeNull();
    expect(publishedAtAfter("archive", earlier, now)).toBeNull();
    expect(publishedAtAfter("restore", null, now)).toBeNull();
    expect(publishedAtAfter("submit", earlier, now)).toEqual(earlier);
  });
});
