import type { Metadata } from "next";
import { ProfileEditPage, profileEditMetadata } from "@/components/editor/profile-edit-page";
import { providerFormValues } from "@/lib/provider/editor-form-values";
import { getProviderForEditor, getProviderRegionOptions } from "@/lib/provider/editor-queries";
import { requirePermission } from "@/lib/auth/guard";
import { PUBLISH_REFUSAL_PARAM } from "@/lib/content/publish-check";
import { getPublishReview } from "@/lib/content/publish-readiness";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { transitionProviderAction, updateProviderAction, verifyProviderAction } from "../actions";
import { ProviderForm } from "../_components/provider-form";
import { InPageNotFound } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return profileEditMetadata("provider", readForMetadata((actor) => getProviderForEditor(actor, id)));
}

export default async function EditProviderPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePermission("provider.update", `/redaktion/dienstleister/${id}`);
  const [row, regions, query] = await Promise.all([getProviderForEditor(actor, id), getProviderRegionOptions(actor), searchParams]);
  if (!row) return <InPageNotFound />;
  const publishReview = await getPublishReview(actor, "provider", id, query[PUBLISH_REFUSAL_PARAM]);
  return (
    <ProfileEditPage
      actor={actor}
      type="provider"
      entry={row}
      notice={query.meldung}
      transitionAction={transitionProviderAction}
      verifyAction={verifyProviderAction}
      publishReview={publishReview}
      renderForm={(submitLabel) => (
        <ProviderForm initialState={publishReview?.formState} action={updateProviderAction.bind(null, row.id)} defaults={providerFormValues(row)} regions={regions} submitLabel={submitLabel} />
      )}
    />
  );
}
