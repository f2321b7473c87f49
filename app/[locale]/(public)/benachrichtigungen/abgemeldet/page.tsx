import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { localHrefs } from "@/lib/i18n/href";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alerts.unsubscribe");
  return { title: t("doneTitle"), robots: { index: false, follow: false } };
}

export default async function UnsubscribedPage() {
  const [t, href] = await Promise.all([getTranslations("alerts.unsubscribe"), localHrefs()]);
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">{t("doneTitle")}</h1>
      <p className="text-lg">{t("doneBody")}</p>
      <p>
        <Link href={href("/foerderprogramme")}>{t("back")}</Link>
      </p>
    </div>
  );
}
