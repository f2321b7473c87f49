"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { isAppError } from "@/lib/errors";
import { approveRevision, rejectRevision } from "@/lib/revision/review";
import { rejectSchema } from "@/lib/revision/schema";
import { version } from "@/lib/validation/fields";

// Thin actions: the review services authorize (revision.review), write in one transaction and
// queue the author's mail; the worker delivers it. The revision id and the time of the
// proposal the reviewer sees are bound on the page (a newer proposal replaces the values in place).
const BASE = "/redaktion/pruefungen";

/** A refusal without a field (decided meanwhile) becomes the form's message (a catalogue key). */
async function refusal(run: () => Promise<unknown>): Promise<FormState | null> {
  try {
    await run();
    return null;
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID" && !error.details.fieldErrors) return { status: "error", formError: error.message };
    throw error;
  }
}

async function done(id: string, outcome: "approved" | "rejected"): Promise<never> {
  redirect(`${BASE}/${id}?meldung=${outcome}`);
}

export async function approveRevisionAction(id: string, proposedAt: number, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, z.object({ version: version() }), async (input, actor) => {
    return (await refusal(() => approveRevision(actor, id, { version: input.version, proposedAt: new Date(proposedAt) }))) ?? done(id, "approved");
  });
}

export async function editAndApproveRevisionAction(id: string, proposedAt: number, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, z.record(z.string(), z.unknown()), async ({ version: raw, ...edited }, actor) => {
    const parsed = version().safeParse(raw);
    if (!parsed.success) return { status: "error", formError: "errors.invalid" };
    return (await refusal(() => approveRevision(actor, id, { version: parsed.data, edited, proposedAt: new Date(proposedAt) }))) ?? done(id, "approved");
  });
}

export async function rejectRevisionAction(id: string, proposedAt: number, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, rejectSchema, async ({ reason }, actor) => {
    return (await refusal(() => rejectRevision(actor, id, reason, new Date(proposedAt)))) ?? done(id, "rejected");
  });
}
