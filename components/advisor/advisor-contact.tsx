import { Fragment } from "react";
import { getTranslations } from "next-intl/server";
import { ExternalLink } from "@/components/ui/external-link";
import type { AdvisorDetailDTO } from "@/lib/advisor/dto";
import { PhoneLink } from "@/components/ui/phone-link";

/** How to reach the advisor: every channel as a working link, without JavaScript. */
export async function AdvisorContact({ advisor: a }: { advisor: AdvisorDetailDTO }) {
  const t = await getTranslations();
  const addressLines = [a.organisation.name, a.street, [a.postalCode, a.town].filter(Boolean).join(" ")].filter(Boolean);
  const language = (code: string) => (t.has(`common.languages.${code}`) ? t(`common.languages.${code}`) : code);
  const facts = [
    { label: t("advisors.detail.phone"), value: a.phone && <PhoneLink phone={a.phone} /> },
    { label: t("advisors.detail.email"), value: a.email && <a href={`mailto:${a.email}`}>{a.email}</a> },
    {
      label: t("advisors.detail.address"),
      value: (a.street || a.town) && (
        <address className="not-italic">
          {addressLines.map((line, index) => (
            <Fragment key={index}>
              {index > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </address>
      ),
    },
    { label: t("advisors.detail.officeHours"), value: a.officeHours && <span className="whitespace-pre-line">{a.officeHours}</span> },
    { label: t("advisors.detail.booking"), value: a.bookingUrl && <ExternalLink href={a.bookingUrl}>{t("advisors.detail.bookingLink")}</ExternalLink> },
    { label: t("advisors.detail.consultationModes"), value: a.consultationModes.map((mode) => t(`facets.consultationMode.${mode}`)).join(", ") },
    { label: t("advisors.detail.languages"), value: a.languages.map(language).join(", ") },
  ].filter((fact) => Boolean(fact.value));
  const reachable = Boolean(a.phone || a.email || a.street || a.town || a.bookingUrl);

  return (
    <section aria-labelledby="contact" className="h-fit border-t-8 border-brand-600 bg-brand-50 p-4">
      <h2 id="contact" className="text-xl font-bold">
        {t("advisors.detail.contactHeading", { kind: a.kind })}
      </h2>
      {!reachable && <p className="mt-2">{t("advisors.detail.noContact")}</p>}
      {/* Stacked rows: the sidebar is too narrow for the two-column FactList. */}
      <dl className="mt-3 space-y-3">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt className="font-semibold">{fact.label}</dt>
            <dd className="break-words">{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
