import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alerts.thanks");
  return { title: t("title"), robots: { index: false, follow: false } };
}

// Static: the same page for every request, stored or not (it must not tell whether an address is known).
export default async function AlertThanksPage() {
  const t = await getTranslations("alerts.thanks");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg">{t("body")}</p>
      <p>{t("validity")}</p>
      <p>
        <Link href="/foerderprogramme">{t("back")}</Link>
      </p>
    </div>
  );
}
