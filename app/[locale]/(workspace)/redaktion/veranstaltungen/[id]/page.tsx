import { Fragment } from "react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EntryEditPage } from "@/components/editor/entry-edit-page";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { PUBLISH_REFUSAL_PARAM } from "@/lib/content/publish-check";
import { getPublishReview } from "@/lib/content/publish-readiness";
import { eventFormValues } from "@/lib/event/editor-form-values";
import { getEventEditorOptions, getEventForEditor } from "@/lib/event/editor-queries";
import { transitionEventAction, updateEventAction, verifyEventAction } from "../actions";
import { EventForm } from "../_components/event-form";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, row] = await Promise.all([getTranslations("eventEditor.form"), readForMetadata((actor) => getEventForEditor(actor, id))]);
  if (!row) return notFoundMetadata();
  return { title: t("editTitle", { title: row.title }) };
}

export default async function EditEventPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePermission("event.update", `/redaktion/veranstaltungen/${id}`);
  const [row, options, t, query] = await Promise.all([getEventForEditor(actor, id), getEventEditorOptions(actor), getTranslations("eventEditor.form"), searchParams]);
  if (!row) return <InPageNotFound />;
  const publishReview = await getPublishReview(actor, "event", id, query[PUBLISH_REFUSAL_PARAM]);
  return (
    <EntryEditPage
      actor={actor}
      type="event"
      listPath="/redaktion/veranstaltungen"
      publicPath={`/veranstaltungen/${row.slug}`}
      title={t("editTitle", { title: row.title })}
      entry={row}
      notice={query.meldung}
      transitionAction={transitionEventAction}
      verifyAction={verifyEventAction}
      publishReview={publishReview}
    >
      {/* Keyed by version: after a successful save the form starts fresh from the stored entry. */}
      <Fragment key={`${row.version}-${publishReview?.reason ?? ""}`}>
        <EventForm initialState={publishReview?.formState} action={updateEventAction.bind(null, row.id)} defaults={eventFormValues(row)} options={options} submitLabel={t("save")} />
      </Fragment>
    </EntryEditPage>
  );
}
