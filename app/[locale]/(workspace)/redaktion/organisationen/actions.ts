"use server";

import { redirect } from "next/navigation";
import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { errorState, runFormAction } from "@/lib/actions/run-form-action";
import { isAppError } from "@/lib/errors";
import { organisationCreateSchema, organisationUpdateSchema } from "@/lib/organisation/schema";
import { createOrganisation, deleteOrganisation, ORGANISATION_IN_USE, updateOrganisation } from "@/lib/organisation/service";
import { usesOf, type OrganisationUses } from "@/lib/organisation/uses";

// Thin actions (docs/conventions.md, rule 4): the service authorizes (organisation.manage) and audits.

export async function createOrganisationAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await runFormAction(formData, organisationCreateSchema, async (input, actor) => {
    id = (await createOrganisation(actor, input)).id;
  });
  if (state.status === "success" && id) redirect(`/redaktion/organisationen/${id}?angelegt=1`);
  return state;
}

export async function updateOrganisationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, organisationUpdateSchema, async (input, actor) => {
    await updateOrganisation(actor, input);
  });
  // The page re-renders with the saved values and the new lock token.
  if (state.status === "success") refresh();
  return state;
}

const deleteSchema = z.object({ id: z.string().min(1) });

export async function deleteOrganisationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, deleteSchema, async ({ id }, actor) => {
    try {
      await deleteOrganisation(actor, id);
    } catch (error) {
      if (!isAppError(error) || error.message !== ORGANISATION_IN_USE) return errorState(error);
      const t = await getTranslations("editorOverview.organisations.delete");
      // Unknown catalogue keys are shown as they are, so the form gets the finished German text.
      return { status: "error", formError: t("inUse", usesOf(error.details.current as OrganisationUses)) };
    }
  });
  if (state.status === "success") redirect("/redaktion/organisationen?geloescht=1");
  return state;
}
