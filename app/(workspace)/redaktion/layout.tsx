import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { forbidden } from "next/navigation";

// Early answer for accounts without editor rights (advisors, providers): 403 for the whole area.
// Visitors without a session reach the page, whose guard sends them to the sign-in page.
export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (actor && !can(actor, "editor.access")) forbidden();
  return children;
}
