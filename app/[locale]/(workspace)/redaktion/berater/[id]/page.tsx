import type { Metadata } from "next";
import { ProfileEditPage, profileEditMetadata } from "@/components/editor/profile-edit-page";
import { advisorFormValues } from "@/lib/advisor/editor-form-values";
import { getAdvisorEditorOptions, getAdvisorForEditor } from "@/lib/advisor/editor-queries";
import { requirePermission } from "@/lib/auth/guard";
import { PUBLISH_REFUSAL_PARAM } from "@/lib/content/publish-check";
import { getPublishReview } from "@/lib/content/publish-readiness";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { transitionAdvisorAction, updateAdvisorAction, verifyAdvisorAction } from "../actions";
import { AdvisorForm } from "../_components/advisor-form";
import { InPageNotFound } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return profileEditMetadata("advisor", readForMetadata((actor) => getAdvisorForEditor(actor, id)));
}

export default async function EditAdvisorPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePermission("advisor.update", `/redaktion/berater/${id}`);
  const [row, options, query] = await Promise.all([getAdvisorForEditor(actor, id), getAdvisorEditorOptions(actor), searchParams]);
  if (!row) return <InPageNotFound />;
  const publishReview = await getPublishReview(actor, "advisor", id, query[PUBLISH_REFUSAL_PARAM]);
  return (
    <ProfileEditPage
      actor={actor}
      type="advisor"
      entry={row}
      notice={query.meldung}
      transitionAction={transitionAdvisorAction}
      verifyAction={verifyAdvisorAction}
      publishReview={publishReview}
      renderForm={(submitLabel) => (
        <AdvisorForm initialState={publishReview?.formState} action={updateAdvisorAction.bind(null, row.id)} defaults={advisorFormValues(row)} options={options} submitLabel={submitLabel} />
      )}
    />
  );
}
