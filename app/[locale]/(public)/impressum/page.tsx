import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PhoneLink } from "@/components/ui/phone-link";
import { Section } from "@/components/ui/section";
import { env } from "@/lib/env";
import { markedMessage } from "@/components/content/marked-message";
import { germanOnly } from "@/lib/content/translations";
import { formatInstantDay } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";
import { getLegalNotice } from "@/lib/legal-notice/cached";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal.notice");
  return pageMetadata({ title: t("title"), description: t("metaDescription"), path: "/impressum" });
}

/** § 5 DDG, § 18 Abs. 2 MStV: the fields come from /redaktion/impressum (cached, expired on save). */
export default async function ImprintPage() {
  const locale = await pageLocale();
  const [t, notice] = await Promise.all([getTranslations("legal.notice"), getLegalNotice()]);
  // What the operator enters (/redaktion/impressum) is German; marked on French and English pages.
  const german = germanOnly(locale);
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="page-title">{t("title")}</h1>
      <p className="text-lg">{t("intro")}</p>
      {!notice ? (
        <p>{t("missing", { email: env.OPERATOR_EMAIL })}</p>
      ) : (
        <>
          <Section id="anbieter" title={t("providerHeading")}>
            <address className="not-italic" lang={german}>
              {notice.organisationName} ({notice.legalForm})
              <br />
              {notice.street}
              <br />
              {notice.postalCode} {notice.town}
            </address>
          </Section>
          <Section id="vertretung" title={t("representedHeading")}>
            <p className="whitespace-pre-line" lang={german}>
              {notice.representedBy}
            </p>
          </Section>
          <Section id="kontakt" title={t("contactHeading")}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt>{t("email")}</dt>
              <dd>
                <a href={`mailto:${notice.email}`}>{notice.email}</a>
              </dd>
              <dt>{t("phone")}</dt>
              <dd>
                <PhoneLink phone={notice.phone} />
              </dd>
            </dl>
          </Section>
          <Section id="register" title={t("registerHeading")}>
            <p>
              {markedMessage({ court: { text: notice.registerCourt, lang: german }, number: { text: notice.registerNumber } }, (values) =>
                t("register", values),
              )}
            </p>
            {notice.vatId && <p className="mt-2">{t("vat", { vatId: notice.vatId })}</p>}
          </Section>
          <Section id="verantwortlich" title={t("responsibleHeading")}>
            <address className="whitespace-pre-line not-italic" lang={german}>
              {notice.responsibleName}
              {"\n"}
              {notice.responsibleAddress}
            </address>
          </Section>
          <p className="text-sm text-muted">{t("updated", { date: formatInstantDay(new Date(notice.updatedAt).toISOString(), locale) })}</p>
        </>
      )}
    </article>
  );
}
