import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getServiceTopicMatrixForEdit } from "@/lib/taxonomy/editor-queries";
import { PageIntro } from "../../_overview/page-intro";
import { ServiceTopicsForm } from "../_components/service-topics-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editorOverview.taxonomy.mapping");
  return { title: t("title"), description: t("intro") };
}

// Which Themenfelder fund which Leistung: the table behind the provider ↔ programme sections.
export default async function ServiceTopicsPage() {
  const actor = await requirePermission("taxonomy.manage", "/redaktion/themen/zuordnungen");
  const [t, tt, matrix] = await Promise.all([getTranslations("editorOverview.taxonomy.mapping"), getTranslations("editorOverview.taxonomy"), getServiceTopicMatrixForEdit(actor)]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/redaktion/themen">{tt("backToList")}</Link>
      </p>
      <PageIntro title={t("title")} intro={t("intro")} />
      {can(actor, "audit.readAll") && (
        <p>
          <Link href="/redaktion/protokoll?typ=serviceTopics">{t("history")}</Link>
        </p>
      )}
      <ServiceTopicsForm matrix={matrix} />
    </div>
  );
}
