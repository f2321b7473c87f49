import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signup.thanks");
  return { title: t("title"), robots: { index: false, follow: false } };
}

// Static: the same page for everyone (it must not tell a robot whether its sign-up was stored).
export default async function SignupThanksPage() {
  const t = await getTranslations("signup.thanks");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg">{t("body")}</p>
      <p>{t("validity")}</p>
      <p>
        <Link href="/dienstleister">{t("back")}</Link>
      </p>
    </div>
  );
}
