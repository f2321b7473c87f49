import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { formPageTitle } from "@/components/forms/page-title-server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { AlertForm } from "./alert-form";
import { describeAlertQuery } from "@/lib/alerts/label";
import { canonicalAlertQuery, loadAlertContext } from "@/lib/alerts/selection";
import type { RawSearchParams } from "@/lib/listing/params";
import { localHrefs, pageLocale } from "@/lib/i18n/href";

// No <title> from the metadata: the form renders it (formPageTitle), so that after a refused send
// it starts with "Fehler: " also without JavaScript (components/forms/error-summary.tsx).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alerts.subscribe");
  return { title: null, description: t("metaDescription"), robots: { index: false, follow: true } };
}

type Props = { searchParams: Promise<RawSearchParams> };

// Reached by a GET link from a filtered list (/benachrichtigungen/neu?<the list's filters>): the
// selection is shown in words and carried to the form as the canonical filter query.
export default async function NewAlertPage({ searchParams }: Props) {
  const [raw, context, t, list, href, locale] = await Promise.all([
    searchParams,
    loadAlertContext(),
    getTranslations("alerts.subscribe"),
    getTranslations("programmes.list"),
    localHrefs(),
    pageLocale(),
  ]);
  const query = canonicalAlertQuery(raw, context);
  return (
    <div className="max-w-2xl space-y-6">
      <Breadcrumbs items={[{ href: "/foerderprogramme", label: list("title") }]} />
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg">{t("intro")}</p>
      <section aria-labelledby="auswahl-heading" className="border-l-4 border-brand-600 bg-brand-50 px-4 py-3">
        <h2 id="auswahl-heading" className="text-lg font-bold">
          {t("selection")}
        </h2>
        <p className="mt-1" data-testid="alert-selection">
          {describeAlertQuery(query, context.names, locale)}
        </p>
        <p className="mt-1">
          <Link href={href(`/foerderprogramme${query}`)}>{t("changeSelection")}</Link>
        </p>
      </section>
      <p>{t("requiredNote")}</p>
      <AlertForm query={query} pageTitle={await formPageTitle(t("title"))} />
    </div>
  );
}

