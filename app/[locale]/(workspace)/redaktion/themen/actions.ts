"use server";

import { redirect } from "next/navigation";
import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { serviceTopicsUpdateSchema, synonymCreateSchema, synonymUpdateSchema, topicUpdateSchema } from "@/lib/taxonomy/schema";
import { updateServiceTopics } from "@/lib/taxonomy/service-portfolio-topics";
import { updateTopic } from "@/lib/taxonomy/service-topics";
import { createSynonymGroup, deleteSynonymGroup, updateSynonymGroup } from "@/lib/taxonomy/service-synonyms";

// Thin actions: the services authorize (taxonomy.manage), audit and refresh the search synonyms.

export async function updateTopicAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, topicUpdateSchema, async (input, actor) => {
    await updateTopic(actor, input);
  });
  if (state.status === "success") refresh();
  return state;
}

export async function updateServiceTopicsAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, serviceTopicsUpdateSchema, async (input, actor) => {
    const changed = await updateServiceTopics(actor, input);
    return { status: "success", message: `editorOverview.taxonomy.mapping.${changed.length ? "saved" : "unchanged"}` };
  });
  // New row versions after a save; after a conflict the current ones, so saving again overwrites knowingly.
  if (state.status === "success" || (state.status === "error" && state.conflict)) refresh();
  return state;
}

export async function createSynonymGroupAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await ownMessages(runFormAction(formData, synonymCreateSchema, async (input, actor) => {
    await createSynonymGroup(actor, input);
  }));
  if (state.status === "success") redirect("/redaktion/themen?synonyme=angelegt#synonyme");
  return state;
}

export async function updateSynonymGroupAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await ownMessages(runFormAction(formData, synonymUpdateSchema, async (input, actor) => {
    await updateSynonymGroup(actor, input);
  }));
  if (state.status === "success") refresh();
  return state;
}

export async function deleteSynonymGroupAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, z.object({ id: z.string().min(1) }), async ({ id }, actor) => {
    await deleteSynonymGroup(actor, id);
  });
  if (state.status === "success") redirect("/redaktion/themen?synonyme=geloescht#synonyme");
  return state;
}

/**
 * The synonym rules' messages are keys of this area's catalogue ("taxonomy.twoTerms"); the form
 * translates only "editor" keys and shows other text as it is, so they are translated here.
 */
async function ownMessages(pending: Promise<FormState>): Promise<FormState> {
  const state = await pending;
  if (state.status !== "error" || !state.fieldErrors) return state;
  const t = await getTranslations("editorOverview.validation");
  const translate = (key: string) => (key.startsWith("taxonomy.") ? t(key.slice("taxonomy.".length)) : key);
  return { ...state, fieldErrors: Object.fromEntries(Object.entries(state.fieldErrors).map(([field, keys]) => [field, keys.map(translate)])) };
}
