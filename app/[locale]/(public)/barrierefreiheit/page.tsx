import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LegalPage } from "@/components/legal/legal-page";
import { formPageTitle } from "@/components/forms/page-title-server";
import { FeedbackForm } from "./feedback-form";
import { pageMetadata } from "@/lib/seo/page-metadata";

// No <title> from the metadata: the report form renders it (formPageTitle), so that after a
// refused send it starts with "Fehler: " also without JavaScript (components/forms/error-summary.tsx).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal.accessibility");
  return { ...(await pageMetadata({ title: t("title"), description: t("metaDescription"), path: "/barrierefreiheit" })), title: null };
}

export default async function AccessibilityPage() {
  const t = await getTranslations("legal.accessibility");
  return (
    <div className="max-w-3xl space-y-10">
      <LegalPage namespace="legal.accessibility" intro="intro" sections={["status", "known", "feedback", "enforcement", "date"]} />
      <FeedbackForm pageTitle={await formPageTitle(t("title"))} />
    </div>
  );
}
