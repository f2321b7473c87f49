import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LegalPage } from "@/components/legal/legal-page";
import { FeedbackForm } from "./feedback-form";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal.accessibility");
  return pageMetadata({ title: t("title"), description: t("metaDescription"), path: "/barrierefreiheit" });
}

export default function AccessibilityPage() {
  return (
    <div className="max-w-3xl space-y-10">
      <LegalPage namespace="legal.accessibility" intro="intro" sections={["status", "known", "feedback", "enforcement", "date"]} />
      <FeedbackForm />
    </div>
  );
}
