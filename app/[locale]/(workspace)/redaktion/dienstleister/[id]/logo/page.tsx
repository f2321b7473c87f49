import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { EditorForm } from "@/components/forms/editor-form";
import { FileField } from "@/components/forms/file-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { DETAIL_LOGO_BOX, ProviderLogo } from "@/components/provider/provider-logo";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { getProviderPreview } from "@/lib/provider/editor-queries";
import { removeProviderLogoAction, uploadProviderLogoAction } from "./actions";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES = ["logoSaved", "logoRemoved"] as const;
const ACCEPT = "image/png,image/jpeg,image/webp";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, row] = await Promise.all([getTranslations("directoryEditor.providers.logo"), readForMetadata((actor) => getProviderPreview(actor, id))]);
  if (!row) return notFoundMetadata();
  return { title: t("title", { name: row.name }) };
}

/** An editor's logo form for one provider: upload (replaces) and remove, each its own small form. */
export default async function ProviderLogoPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePermission("provider.update", `/redaktion/dienstleister/${id}/logo`);
  const [provider, query, t] = await Promise.all([getProviderPreview(actor, id), searchParams, getTranslations("directoryEditor.providers.logo")]);
  if (!provider) return <InPageNotFound />;
  const notice = NOTICES.find((key) => key === query.meldung);
  const labels = { logo: t("fileLabel") };
  return (
    <div className="max-w-3xl space-y-8">
      <p>
        <Link href={`/redaktion/dienstleister/${id}`}>{t("back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("title", { name: provider.name })}</h1>
      {notice && (
        <div role="status" className="border-l-8 border-open bg-green-50 p-4">
          <p className="font-bold">{t(notice === "logoSaved" ? "saved" : "removed")}</p>
        </div>
      )}
      <p>{t("intro")}</p>

      <section aria-labelledby="logo-current" className="space-y-3">
        <h2 id="logo-current" className="text-2xl font-bold">{t("currentHeading")}</h2>
        {provider.logo ? (
          <ProviderLogo logo={provider.logo} box={DETAIL_LOGO_BOX} alt={t("currentAlt", { name: provider.name })} className="border border-line p-2" />
        ) : (
          <p data-testid="no-logo">{t("none")}</p>
        )}
      </section>

      <section aria-labelledby="logo-upload" className="space-y-3">
        <h2 id="logo-upload" className="text-2xl font-bold">{t("uploadHeading")}</h2>
        <EditorForm action={uploadProviderLogoAction} labels={labels} ariaLabel={t("uploadHeading")}>
          <input type="hidden" name="id" value={id} />
          <FileField name="logo" label={t("fileLabel")} hint={t("fileHint")} accept={ACCEPT} />
          <SubmitButton>{t("submit")}</SubmitButton>
        </EditorForm>
      </section>

      {provider.logo && (
        <section aria-labelledby="logo-remove" className="space-y-3">
          <h2 id="logo-remove" className="text-2xl font-bold">{t("removeHeading")}</h2>
          <p>{t("removeIntro")}</p>
          <EditorForm action={removeProviderLogoAction} labels={labels} ariaLabel={t("removeHeading")}>
            <input type="hidden" name="id" value={id} />
            <SubmitButton variant="danger">{t("remove")}</SubmitButton>
          </EditorForm>
        </section>
      )}
    </div>
  );
}
