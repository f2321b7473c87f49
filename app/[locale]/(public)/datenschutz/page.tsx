import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LegalPage } from "@/components/legal/legal-page";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal.privacy");
  return pageMetadata({ title: t("title"), description: t("metaDescription"), path: "/datenschutz" });
}

export default function PrivacyPage() {
  return <LegalPage namespace="legal.privacy" sections={["summary", "controller", "logs", "cookies", "accounts", "entries", "signups", "alerts", "feedback", "mail", "rights"]} />;
}
