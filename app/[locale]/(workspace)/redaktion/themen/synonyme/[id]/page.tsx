import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getSynonymGroupForEdit } from "@/lib/taxonomy/editor-queries";
import { SynonymForm } from "../../_components/synonym-form";
import { DeleteSynonymGroup } from "../../_components/delete-synonym";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, group] = await Promise.all([getTranslations("editorOverview.taxonomy"), readForMetadata((actor) => getSynonymGroupForEdit(actor, id))]);
  if (!group) return notFoundMetadata();
  return { title: t("synonyms.editTitle"), description: t("synonyms.intro") };
}

export default async function EditSynonymGroupPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("taxonomy.manage", `/redaktion/themen/synonyme/${id}`);
  const [t, group] = await Promise.all([getTranslations("editorOverview.taxonomy"), getSynonymGroupForEdit(actor, id)]);
  if (!group) return <InPageNotFound />;
  return (
    <div className="max-w-3xl space-y-8">
      <p>
        <Link href="/redaktion/themen#synonyme">{t("backToList")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("synonyms.editTitle")}</h1>
      <p>
        {t("synonyms.intro")} {can(actor, "audit.readAll") && <Link href={`/redaktion/protokoll?typ=synonymGroup&eintrag=${group.id}`}>{t("synonyms.history")}</Link>}
      </p>
      <SynonymForm group={group} />
      <DeleteSynonymGroup id={group.id} />
    </div>
  );
}
