import { Fragment } from "react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EntryEditPage } from "@/components/editor/entry-edit-page";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { PUBLISH_REFUSAL_PARAM } from "@/lib/content/publish-check";
import { getPublishReview } from "@/lib/content/publish-readiness";
import { initiativeFormValues } from "@/lib/initiative/editor-form-values";
import { getInitiativeEditorOptions, getInitiativeForEditor } from "@/lib/initiative/editor-queries";
import { transitionInitiativeAction, updateInitiativeAction, verifyInitiativeAction } from "../actions";
import { InitiativeForm } from "../_components/initiative-form";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, row] = await Promise.all([getTranslations("initiativeEditor.form"), readForMetadata((actor) => getInitiativeForEditor(actor, id))]);
  if (!row) return notFoundMetadata();
  return { title: t("editTitle", { name: row.title }) };
}

export default async function EditInitiativePage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePermission("initiative.update", `/redaktion/initiativen/${id}`);
  const [row, options, query, t] = await Promise.all([getInitiativeForEditor(actor, id), getInitiativeEditorOptions(actor), searchParams, getTranslations("initiativeEditor.form")]);
  if (!row) return <InPageNotFound />;
  const publishReview = await getPublishReview(actor, "initiative", id, query[PUBLISH_REFUSAL_PARAM]);
  return (
    <EntryEditPage
      actor={actor}
      type="initiative"
      listPath="/redaktion/initiativen"
      publicPath={`/initiativen/${row.slug}`}
      title={t("editTitle", { name: row.title })}
      entry={row}
      notice={query.meldung}
      transitionAction={transitionInitiativeAction}
      verifyAction={verifyInitiativeAction}
      publishReview={publishReview}
    >
      {/* Keyed by version: after a successful save the form starts fresh from the stored entry. */}
      <Fragment key={`${row.version}-${publishReview?.reason ?? ""}`}>
        <InitiativeForm
          initialState={publishReview?.formState}
          action={updateInitiativeAction.bind(null, row.id)}
          defaults={initiativeFormValues(row)}
          options={options}
          submitLabel={t("save")}
        />
      </Fragment>
    </EntryEditPage>
  );
}
