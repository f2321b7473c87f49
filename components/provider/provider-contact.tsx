import { getTranslations } from "next-intl/server";
import { ContactPanel, PostalAddress } from "@/components/ui/contact-panel";
import { ExternalLink } from "@/components/ui/external-link";
import type { ProviderDetailDTO } from "@/lib/provider/dto";
import { PhoneLink } from "@/components/ui/phone-link";
import { germanOnly } from "@/lib/content/translations";
import { pageLocale } from "@/lib/i18n/href";

export async function ProviderContact({ provider: p }: { provider: ProviderDetailDTO }) {
  const [t, locale] = await Promise.all([getTranslations("providers.detail"), pageLocale()]);
  return (
    <ContactPanel
      heading={t("contactHeading")}
      emptyNote={!p.phone && !p.email && !p.website ? t("noContact") : undefined}
      facts={[
        { label: t("phone"), value: p.phone && <PhoneLink phone={p.phone} /> },
        { label: t("email"), value: p.email && <a href={`mailto:${p.email}`}>{p.email}</a> },
        { label: t("website"), value: p.website && <ExternalLink href={p.website}>{t("websiteLink", { name: p.name })}</ExternalLink> },
        { label: t("address"), value: <PostalAddress lines={[p.name, p.street, [p.postalCode, p.town].filter(Boolean).join(" ")]} lang={germanOnly(locale)} /> },
      ]}
    />
  );
}
