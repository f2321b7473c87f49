import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EntryEditPage } from "@/components/editor/entry-edit-page";
import { requirePermission } from "@/lib/auth/guard";
import { PUBLISH_REFUSAL_PARAM } from "@/lib/content/publish-check";
import { getPublishReview } from "@/lib/content/publish-readiness";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { getProgrammeForEditor, getProgrammeFormOptions } from "@/lib/programme/editor-queries";
import { transitionProgrammeAction, updateProgrammeAction, verifyProgrammeAction } from "../actions";
import { ProgrammeForm } from "../_components/programme-form";
import { programmeDefaults } from "../_components/defaults";
import { SourceUrlNotice } from "../_components/source-url-notice";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, row] = await Promise.all([getTranslations("programmeEditor.form"), readForMetadata((actor) => getProgrammeForEditor(actor, id))]);
  if (!row) return notFoundMetadata();
  return { title: t("editTitle", { title: row.title }) };
}

export default async function EditProgrammePage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePermission("programme.update", `/redaktion/foerderprogramme/${id}`);
  const [row, options, t, query] = await Promise.all([
    getProgrammeForEditor(actor, id),
    getProgrammeFormOptions(actor),
    getTranslations("programmeEditor.form"),
    searchParams,
  ]);
  if (!row) return <InPageNotFound />;
  const publishReview = await getPublishReview(actor, "programme", id, query[PUBLISH_REFUSAL_PARAM]);
  return (
    <EntryEditPage
      actor={actor}
      type="programme"
      listPath="/redaktion/foerderprogramme"
      publicPath={`/foerderprogramme/${row.slug}`}
      title={t("editTitle", { title: row.title })}
      entry={row}
      notice={query.meldung}
      transitionAction={transitionProgrammeAction}
      verifyAction={verifyProgrammeAction}
      publishReview={publishReview}
    >
      <SourceUrlNotice sourceUrl={row.sourceUrl} notice={query.meldung} />
      {/* A successful save redirects with ?v=<new version>: the form then starts fresh from the stored
          entry instead of keeping the previous (error) state. Not keyed by row.version itself: a
          refused save without JavaScript renders the newer version and must keep its state. A refused
          publish starts it with the missing fields marked. */}
      <ProgrammeForm
        key={`${typeof query.v === "string" ? query.v : "start"}-${publishReview?.reason ?? ""}`}
        initialState={publishReview?.formState}
        action={updateProgrammeAction}
        defaults={programmeDefaults(row)}
        options={options}
        submitLabel={t("save")}
        entityId={row.id}
      />
    </EntryEditPage>
  );
}
