import type { Metadata } from "next";
import { InPageForbidden } from "@/components/errors/in-page-forbidden";
import { refusalMetadata, refusedEditorArea } from "./_refusal/refusal";

export async function generateMetadata(): Promise<Metadata> {
  return (await refusedEditorArea()) ? refusalMetadata() : {};
}

// Early answer for accounts without editor rights (advisors, providers): 403 for the whole area,
// as a complete page without JavaScript (the status comes from proxy.ts). Visitors without a
// session reach the page, whose guard sends them to the sign-in page.
export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  if (await refusedEditorArea()) return <InPageForbidden />;
  return children;
}
