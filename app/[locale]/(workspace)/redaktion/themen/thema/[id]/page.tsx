import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { can } from "@/lib/auth/permissions";
import { getTopicForEdit } from "@/lib/taxonomy/editor-queries";
import { TopicForm } from "../../_components/topic-form";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("editorOverview.taxonomy");
  const { id } = await params;
  const topic = await readForMetadata((actor) => getTopicForEdit(actor, id));
  if (!topic) return notFoundMetadata();
  return { title: t("topic.title", { name: topic.name }), description: t("intro") };
}

export default async function EditTopicPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("taxonomy.manage", `/redaktion/themen/thema/${id}`);
  const [t, topic] = await Promise.all([getTranslations("editorOverview.taxonomy"), getTopicForEdit(actor, id)]);
  if (!topic) return <InPageNotFound />;
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
