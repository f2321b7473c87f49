import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForbiddenBody } from "@/components/errors/forbidden-body";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.forbidden");
  return { title: t("title"), robots: { index: false } };
}

// Rendered with HTTP 403 when forbidden() is called (lib/auth/guard.ts).
export default function Forbidden() {
  return <ForbiddenBody />;
}
