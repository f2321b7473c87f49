import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LegalPage } from "@/components/legal/legal-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal.privacy");
  return { title: t("title"), description: t("metaDescription") };
}

export default function PrivacyPage() {
  return <LegalPage namespace="legal.privacy" sections={["summary", "controller", "logs", "cookies", "accounts", "entries", "signups", "alerts", "feedback", "mail", "rights"]} />;
}
