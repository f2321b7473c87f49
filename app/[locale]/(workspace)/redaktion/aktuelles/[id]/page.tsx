import { Fragment } from "react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EntryEditPage } from "@/components/editor/entry-edit-page";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { PUBLISH_REFUSAL_PARAM } from "@/lib/content/publish-check";
import { getPublishReview } from "@/lib/content/publish-readiness";
import { newsFormValues } from "@/lib/news/editor-form-values";
import { getNewsEditorOptions, getNewsForEditor } from "@/lib/news/editor-queries";
import { transitionNewsAction, updateNewsAction, verifyNewsAction } from "../actions";
import { NewsForm } from "../_components/news-form";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, row] = await Promise.all([getTranslations("newsEditor.form"), readForMetadata((actor) => getNewsForEditor(actor, id))]);
  if (!row) return notFoundMetadata();
  return { title: t("editTitle", { name: row.title }) };
}

export default async function EditNewsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePermission("news.update", `/redaktion/aktuelles/${id}`);
  const [row, options, query, t] = await Promise.all([getNewsForEditor(actor, id), getNewsEditorOptions(actor), searchParams, getTranslations("newsEditor.form")]);
  if (!row) return <InPageNotFound />;
  const publishReview = await getPublishReview(actor, "news", id, query[PUBLISH_REFUSAL_PARAM]);
  return (
    <EntryEditPage
      actor={actor}
      type="news"
      listPath="/redaktion/aktuelles"
      publicPath={`/aktuelles/${row.slug}`}
      title={t("editTitle", { name: row.title })}
      entry={row}
      notice={query.meldung}
      transitionAction={transitionNewsAction}
      verifyAction={verifyNewsAction}
      publishReview={publishReview}
    >
      {/* Keyed by version: after a successful save the form starts fresh from the stored entry. */}
      <Fragment key={`${row.version}-${publishReview?.reason ?? ""}`}>
        <NewsForm
          initialState={publishReview?.formState}
          action={updateNewsAction.bind(null, row.id)}
          defaults={newsFormValues(row)}
          options={options}
          submitLabel={t("save")}
        />
      </Fragment>
    </EntryEditPage>
  );
}
