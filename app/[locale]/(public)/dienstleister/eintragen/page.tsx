import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PROVIDER_INDUSTRIES, PROVIDER_SERVICES, PROVIDER_SIZES } from "@/lib/provider/schema";
import { getRegions } from "@/lib/taxonomy/cached";
import { kreiseOf } from "@/lib/taxonomy/kreise";
import { SignupForm } from "./signup-form";
import { formPageTitle } from "@/components/forms/page-title-server";
import { pageMetadata } from "@/lib/seo/page-metadata";

// No <title> from the metadata: the form renders it (formPageTitle), so that after a refused send
// it starts with "Fehler: " also without JavaScript (components/forms/error-summary.tsx).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signup.form");
  return { ...(await pageMetadata({ title: t("title"), description: t("metaDescription"), path: "/dienstleister/eintragen" })), title: null };
}

// Static: the form posts to a server action; nothing here depends on the visitor.
export default async function ProviderSignupPage() {
  const [t, facets, regions] = await Promise.all([getTranslations("signup.form"), getTranslations("facets"), getRegions()]);
  const options = {
    regions: kreiseOf(regions).map((r) => ({ value: r.slug, label: r.name })),
    services: PROVIDER_SERVICES.map((value) => ({ value, label: facets(`service.${value}`) })),
    industries: PROVIDER_INDUSTRIES.map((value) => ({ value, label: facets(`industry.${value}`) })),
    sizes: PROVIDER_SIZES.map((value) => ({ value, label: facets(`companySize.${value}`) })),
  };
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumbs items={[{ href: "/dienstleister", label: (await getTranslations("providers.list"))("title") }]} />
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg">{t("intro")}</p>
      <p>{t("steps")}</p>
      <p>{t("requiredNote")}</p>
      <SignupForm options={options} pageTitle={await formPageTitle(t("title"))} />
    </div>
  );
}
