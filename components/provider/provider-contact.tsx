import { Fragment } from "react";
import { getTranslations } from "next-intl/server";
import { ExternalLink } from "@/components/ui/external-link";
import type { ProviderDetailDTO } from "@/lib/provider/dto";
import { PhoneLink } from "@/components/ui/phone-link";

export async function ProviderContact({ provider: p }: { provider: ProviderDetailDTO }) {
  const t = await getTranslations("providers.detail");
  const addressLines = [p.name, p.street, [p.postalCode, p.town].filter(Boolean).join(" ")].filter(Boolean);
  const facts = [
    { label: t("phone"), value: p.phone && <PhoneLink phone={p.phone} /> },
    { label: t("email"), value: p.email && <a href={`mailto:${p.email}`}>{p.email}</a> },
    { label: t("website"), value: p.website && <ExternalLink href={p.website}>{t("websiteLink", { name: p.name })}</ExternalLink> },
    {
      label: t("address"),
      value: (
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
  ].filter((fact) => Boolean(fact.value));

  return (
    <section aria-labelledby="contact" className="h-fit border-t-8 border-brand-600 bg-brand-50 p-4">
      <h2 id="contact" className="text-xl font-bold">
        {t("contactHeading")}
      </h2>
      {!p.phone && !p.email && !p.website && <p className="mt-2">{t("noContact")}</p>}
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
