import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { formatInstantDay } from "@/lib/format";
import { getLegalNotice } from "@/lib/legal-notice/cached";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal.notice");
  return { title: t("title"), description: t("metaDescription") };
}

/** § 5 DDG, § 18 Abs. 2 MStV: the fields come from /redaktion/impressum (cached, expired on save). */
export default async function ImprintPage() {
  const [t, notice] = await Promise.all([getTranslations("legal.notice"), getLegalNotice()]);
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold md:text-4xl">{t("title")}</h1>
      <p className="text-lg">{t("intro")}</p>
      {!notice ? (
        <p>{t("missing", { email: env.OPERATOR_EMAIL })}</p>
      ) : (
        <>
          <section aria-labelledby="anbieter">
            <h2 id="anbieter" className="text-2xl font-bold">
              {t("providerHeading")}
            </h2>
            <address className="mt-2 not-italic">
              {notice.organisationName} ({notice.legalForm})
              <br />
              {notice.street}
              <br />
              {notice.postalCode} {notice.town}
            </address>
          </section>
          <section aria-labelledby="vertretung">
            <h2 id="vertretung" className="text-2xl font-bold">
              {t("representedHeading")}
            </h2>
            <p className="mt-2 whitespace-pre-line">{notice.representedBy}</p>
          </section>
          <section aria-labelledby="kontakt">
            <h2 id="kontakt" className="text-2xl font-bold">
              {t("contactHeading")}
            </h2>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt>{t("email")}</dt>
              <dd>
                <a href={`mailto:${notice.email}`}>{notice.email}</a>
              </dd>
              <dt>{t("phone")}</dt>
              <dd>
                <a href={`tel:${notice.phone.replace(/[^\d+]/g, "")}`}>{notice.phone}</a>
              </dd>
            </dl>
          </section>
          <section aria-labelledby="register">
            <h2 id="register" className="text-2xl font-bold">
              {t("registerHeading")}
            </h2>
            <p className="mt-2">{t("register", { court: notice.registerCourt, number: notice.registerNumber })}</p>
            {notice.vatId && <p className="mt-2">{t("vat", { vatId: notice.vatId })}</p>}
          </section>
          <section aria-labelledby="verantwortlich">
            <h2 id="verantwortlich" className="text-2xl font-bold">
              {t("responsibleHeading")}
            </h2>
            <address className="mt-2 whitespace-pre-line not-italic">
              {notice.responsibleName}
              {"\n"}
              {notice.responsibleAddress}
            </address>
          </section>
          <p className="text-sm text-muted">{t("updated", { date: formatInstantDay(new Date(notice.updatedAt).toISOString()) })}</p>
        </>
      )}
    </article>
  );
}
