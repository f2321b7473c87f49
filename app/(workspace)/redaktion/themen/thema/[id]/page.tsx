import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { can } from "@/lib/auth/permissions";
import { getTopicForEdit } from "@/lib/taxonomy/editor-queries";
import { TopicForm } from "../../_components/topic-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("editorOverview.taxonomy");
  const { id } = await params;
  const topic = await readForMetadata((actor) => getTopicForEdit(actor, id));
  return { title: topic ? t("topic.title", { name: topic.name }) : t("title"), description: t("intro") };
}

export default async function EditTopicPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("taxonomy.manage", `/redaktion/themen/thema/${id}`);
  const [t, topic] = await Promise.all([getTranslations("editorOverview.taxonomy"), getTopicForEdit(actor, id)]);
  if (!topic) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/redaktion/themen">{t("backToList")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("topic.title", { name: topic.name })}</h1>
      <p>
        {t("topic.slug")} <code>{topic.slug}</code> — {t("topic.slugFixed")}
      </p>
      <p>
        {t("topic.usage", { programmes: topic.programmes, advisors: topic.advisors })}{" "}
        {can(actor, "audit.readAll") && <Link href={`/redaktion/protokoll?typ=topic&eintrag=${topic.id}`}>{t("topic.history")}</Link>}
      </p>
      <TopicForm topic={topic} />
    </div>
  );
}
