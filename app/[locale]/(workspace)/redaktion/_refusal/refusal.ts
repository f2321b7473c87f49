import "server-only";
import { forbiddenMetadata } from "@/components/errors/in-page-forbidden";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";

/** Whether the signed-in account may not enter the editor area at all (advisors, providers). */
export async function refusedEditorArea(): Promise<boolean> {
  const actor = await getActor();
  return Boolean(actor && !can(actor, "editor.access"));
}

/**
 * The refusal replaces the page, so its title must too (WCAG 2.4.2). The layout's template (no
 * "%s") covers the pages below it; a page in the layout's own folder is not below it for Next's
 * title template, so /redaktion asks for its title here.
 */
export const refusalMetadata = forbiddenMetadata;
