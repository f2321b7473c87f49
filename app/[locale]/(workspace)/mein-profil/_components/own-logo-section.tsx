import { getTranslations } from "next-intl/server";
import { EditorForm } from "@/components/forms/editor-form";
import { FileField } from "@/components/forms/file-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { DETAIL_LOGO_BOX, ProviderLogo } from "@/components/provider/provider-logo";
import type { LogoDTO } from "@/lib/media/dto";
import { proposeOwnLogoAction, proposeOwnLogoRemovalAction } from "../logo-actions";

type Props = {
  name: string;
  current: LogoDTO | null;
  pending: { change: "SET" | "REMOVE"; logo: LogoDTO | null } | null;
  notice: "logoEingereicht" | "logoEntfernenEingereicht" | null;
};

const ACCEPT = "image/png,image/jpeg,image/webp";

/**
 * A provider's own logo: the current one, a waiting proposal, and two small forms (propose a new
 * one, propose removing it). Plain multipart posts, so they work without JavaScript.
 */
export async function OwnLogoSection({ name, current, pending, notice }: Props) {
  const t = await getTranslations("selfService.logo");
  const labels = { logo: t("fileLabel") };
  return (
    <section id="logo" aria-labelledby="own-logo" className="space-y-4">
      <h2 id="own-logo" className="text-2xl font-bold">{t("heading")}</h2>
      {notice && (
        <p role="status" className="border-l-4 border-open bg-white p-3 font-semibold">
          {t(notice === "logoEingereicht" ? "proposed" : "removalProposed")}
        </p>
      )}
      <p>{t("intro")}</p>
      <div className="grid gap-6 sm:grid-cols-2">
        <div className="min-w-0 space-y-2">
          <h3 className="text-xl font-bold">{t("currentHeading")}</h3>
          {current ? (
            <ProviderLogo logo={current} box={DETAIL_LOGO_BOX} alt={t("currentAlt", { name })} className="border border-line p-2" />
          ) : (
            <p data-testid="own-no-logo">{t("none")}</p>
          )}
        </div>
        {pending && (
          <div className="min-w-0 space-y-2" data-testid="own-pending-logo">
            <h3 className="text-xl font-bold">{t("pendingHeading")}</h3>
            {pending.logo ? (
              <>
                <ProviderLogo logo={pending.logo} box={DETAIL_LOGO_BOX} alt={t("pendingAlt", { name })} className="border border-line p-2" />
                <p>{t("pendingSet")}</p>
              </>
            ) : (
              <p>{t("pendingRemove")}</p>
            )}
          </div>
        )}
      </div>
      <h3 className="text-xl font-bold">{t("uploadHeading")}</h3>
      <EditorForm action={proposeOwnLogoAction} labels={labels} ariaLabel={t("uploadHeading")}>
        <FileField name="logo" label={t("fileLabel")} hint={t("fileHint")} accept={ACCEPT} />
        <SubmitButton>{t("submit")}</SubmitButton>
      </EditorForm>
      {current && (
        <>
          <h3 className="text-xl font-bold">{t("removeHeading")}</h3>
          <p>{t("removeIntro")}</p>
          <EditorForm action={proposeOwnLogoRemovalAction} labels={{}} ariaLabel={t("removeHeading")}>
            <SubmitButton variant="danger">{t("remove")}</SubmitButton>
          </EditorForm>
        </>
      )}
    </section>
  );
}
