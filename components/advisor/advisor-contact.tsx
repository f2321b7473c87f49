import { getTranslations } from "next-intl/server";
import { ContactPanel, PostalAddress } from "@/components/ui/contact-panel";
import { ExternalLink } from "@/components/ui/external-link";
import type { AdvisorDetailDTO } from "@/lib/advisor/dto";
import { germanOnly, type LocalizedText } from "@/lib/content/translations";
import { pageLocale } from "@/lib/i18n/href";
import { PhoneLink } from "@/components/ui/phone-link";

/**
 * How to reach the advisor: every channel as a working link, without JavaScript. `officeHours`
 * in the reader's language (localizedOptionalText), null when there are none.
 */
export async function AdvisorContact({ advisor: a, officeHours }: { advisor: AdvisorDetailDTO; officeHours: LocalizedText | null }) {
  const [t, locale] = await Promise.all([getTranslations(), pageLocale()]);
  const language = (code: string) => (t.has(`common.languages.${code}`) ? t(`common.languages.${code}`) : code);
  const reachable = Boolean(a.phone || a.email || a.street || a.town || a.bookingUrl);
  return (
    <ContactPanel
      heading={t("advisors.detail.contactHeading", { kind: a.kind })}
      emptyNote={reachable ? undefined : t("advisors.detail.noContact")}
      facts={[
        { label: t("advisors.detail.phone"), value: a.phone && <PhoneLink phone={a.phone} /> },
        { label: t("advisors.detail.email"), value: a.email && <a href={`mailto:${a.email}`}>{a.email}</a> },
        {
          label: t("advisors.detail.address"),
          value: (a.street || a.town) && <PostalAddress lines={[a.organisation.name, a.street, [a.postalCode, a.town].filter(Boolean).join(" ")]} lang={germanOnly(locale)} />,
        },
        {
          label: t("advisors.detail.officeHours"),
          value: officeHours && (
            <span className="whitespace-pre-line" lang={officeHours.lang}>
              {officeHours.text}
            </span>
          ),
        },
        { label: t("advisors.detail.booking"), value: a.bookingUrl && <ExternalLink href={a.bookingUrl}>{t("advisors.detail.bookingLink")}</ExternalLink> },
        { label: t("advisors.detail.consultationModes"), value: a.consultationModes.map((mode) => t(`facets.consultationMode.${mode}`)).join(", ") },
        { label: t("advisors.detail.languages"), value: a.languages.map(language).join(", ") },
      ]}
    />
  );
}
