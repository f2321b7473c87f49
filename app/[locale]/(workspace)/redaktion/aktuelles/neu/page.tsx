import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { newsFormValues } from "@/lib/news/editor-form-values";
import { getNewsEditorOptions } from "@/lib/news/editor-queries";
import { createNewsAction } from "../actions";
import { NewsForm } from "../_components/news-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newsEditor.form"))("createTitle") };
}

export default async function NewNewsPage() {
  const actor = await requirePermission("news.create", "/redaktion/aktuelles/neu");
  const [t, te, options] = await Promise.all([getTranslations("newsEditor.form"), getTranslations("editor.edit"), getNewsEditorOptions(actor)]);
  return (
    <div className="max-w-4xl">
      <p>
        <Link href="/redaktion/aktuelles">{te("backToList")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("createTitle")}</h1>
      <p className="mt-2 mb-6">{t("createIntro")}</p>
      <NewsForm action={createNewsAction} defaults={newsFormValues(null)} options={options} submitLabel={t("create")} />
    </div>
  );
}
