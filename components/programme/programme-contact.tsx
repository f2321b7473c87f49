import { getTranslations } from "next-intl/server";
import { ExternalLink } from "@/components/ui/external-link";
import { FactList } from "@/components/ui/fact-list";
import { PhoneLink } from "@/components/ui/phone-link";
import { Section } from "@/components/ui/section";
import type { ProgrammeDetailDTO } from "@/lib/programme/dto";
import { inGerman } from "@/components/content/german";
import { markedMessage } from "@/components/content/marked-message";
import { germanText } from "@/lib/content/translations";
import { pageLocale } from "@/lib/i18n/href";

type Props = { programme: Pick<ProgrammeDetailDTO, "fundingBody" | "contactName" | "contactEmail" | "contactPhone"> };

/**
 * "Kontakt beim Fördergeber": the programme's own contact where the editors entered one, each
 * missing part taken from the funding body's general contact (Organisation), so a programme
 * without its own contact still shows where to ask.
 */
export async function ProgrammeContact({ programme: p }: Props) {
  const [t, locale] = await Promise.all([getTranslations(), pageLocale()]);
  const body = p.fundingBody;
  // The funding body's name is German: marked on French and English pages, also inside the link texts.
  const name = germanText(body.shortName ?? body.name, locale);
  const email = p.contactEmail ?? body.email;
  const phone = p.contactPhone ?? body.phone;
  const reachable = Boolean(email || phone || body.contactUrl || body.website);
  return (
    <Section id="funding-body-contact" title={t("programmes.detail.contact")}>
      <p>{reachable ? t("programmes.detail.contactIntro") : t("programmes.detail.noContact")}</p>
      <div className="mt-3">
        <FactList
          facts={[
            { label: t("programmes.detail.fundingBody"), value: inGerman(body.name, locale) },
            { label: t("programmes.detail.contactName"), value: p.contactName },
            { label: t("common.detail.phone"), value: phone && <PhoneLink phone={phone} /> },
            { label: t("common.detail.email"), value: email && <a href={`mailto:${email}`}>{email}</a> },
            {
              label: t("common.detail.contact"),
              value: body.contactUrl && <ExternalLink href={body.contactUrl}>{markedMessage({ name }, (values) => t("programmes.detail.contactPage", values))}</ExternalLink>,
            },
            {
              label: t("common.detail.website"),
              value: body.website && <ExternalLink href={body.website}>{markedMessage({ name }, (values) => t("programmes.detail.website", values))}</ExternalLink>,
            },
          ]}
        />
      </div>
    </Section>
  );
}
