import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { advisorFormValues } from "@/lib/advisor/editor-form-values";
import { getAdvisorEditorOptions } from "@/lib/advisor/editor-queries";
import { requirePermission } from "@/lib/auth/guard";
import { createAdvisorAction } from "../actions";
import { AdvisorForm } from "../_components/advisor-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directoryEditor.advisors.form"))("createTitle") };
}

export default async function NewAdvisorPage() {
  const actor = await requirePermission("advisor.create", "/redaktion/berater/neu");
  const [t, te, options] = await Promise.all([
    getTranslations("directoryEditor.advisors.form"),
    getTranslations("editor.edit"),
    getAdvisorEditorOptions(actor),
  ]);
  return (
    <div className="max-w-4xl">
      <p>
        <Link href="/redaktion/berater">{te("backToList")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("createTitle")}</h1>
      <p className="mt-2 mb-6">{t("createIntro")}</p>
      <AdvisorForm action={createAdvisorAction} defaults={advisorFormValues(null)} options={options} submitLabel={t("create")} />
    </div>
  );
}
