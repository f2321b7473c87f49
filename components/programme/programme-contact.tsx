import { getTranslations } from "next-intl/server";
import { ExternalLink } from "@/components/ui/external-link";
import { FactList } from "@/components/ui/fact-list";
import { PhoneLink } from "@/components/ui/phone-link";
import { Section } from "@/components/ui/section";
import type { ProgrammeDetailDTO } from "@/lib/programme/dto";

type Props = { programme: Pick<ProgrammeDetailDTO, "fundingBody" | "contactName" | "contactEmail" | "contactPhone"> };

/**
 * "Kontakt beim Fördergeber": the programme's own contact where the editors entered one, each
 * missing part taken from the funding body's general contact (Organisation), so a programme
 * without its own contact still shows where to ask.
 */
export async function ProgrammeContact({ programme: p }: Props) {
  const t = await getTranslations();
  const body = p.fundingBody;
  const email = p.contactEmail ?? body.email;
  const phone = p.contactPhone ?? body.phone;
  const reachable = Boolean(email || phone || body.contactUrl || body.website);
  return (
    <Section id="funding-body-contact" title={t("programmes.detail.contact")}>
      <p>{reachable ? t("programmes.detail.contactIntro") : t("programmes.detail.noContact")}</p>
      <div className="mt-3">
        <FactList
          facts={[
            { label: t("programmes.detail.fundingBody"), value: body.name },
            { label: t("programmes.detail.contactName"), value: p.contactName },
            { label: t("common.detail.phone"), value: phone && <PhoneLink phone={phone} /> },
            { label: t("common.detail.email"), value: email && <a href={`mailto:${email}`}>{email}</a> },
            {
              label: t("common.detail.contact"),
              value: body.contactUrl && <ExternalLink href={body.contactUrl}>{t("programmes.detail.contactPage", { name: body.shortName ?? body.name })}</ExternalLink>,
            },
            {
              label: t("common.detail.website"),
              value: body.website && <ExternalLink href={body.website}>{t("programmes.detail.website", { name: body.shortName ?? body.name })}</ExternalLink>,
            },
          ]}
        />
      </div>
    </Section>
  );
}
