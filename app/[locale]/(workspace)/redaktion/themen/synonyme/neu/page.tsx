import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { SynonymForm } from "../../_components/synonym-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editorOverview.taxonomy");
  return { title: t("synonyms.createTitle"), description: t("synonyms.intro") };
}

export default async function NewSynonymGroupPage() {
  await requirePermission("taxonomy.manage", "/redaktion/themen/synonyme/neu");
  const t = await getTranslations("editorOverview.taxonomy");
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/redaktion/themen#synonyme">{t("backToList")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("synonyms.createTitle")}</h1>
      <p>{t("synonyms.intro")}</p>
      <SynonymForm />
    </div>
  );
}
