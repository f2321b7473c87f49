import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.forbidden");
  return { title: t("title"), robots: { index: false } };
}

// Rendered with HTTP 403 when forbidden() is called (lib/auth/guard.ts).
export default async function Forbidden() {
  const t = await getTranslations("editor.forbidden");
  const common = await getTranslations("common.site");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/">{common("home")}</Link>
      </p>
    </div>
  );
}
