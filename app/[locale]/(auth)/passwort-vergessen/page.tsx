import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { RequestResetForm } from "./request-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.passwordReset");
  return { title: t("requestTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("account.passwordReset");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl font-bold">{t("requestTitle")}</h1>
      <p>{t("requestIntro")}</p>
      <RequestResetForm />
      <p>
        <Link href="/anmelden">{t("backToSignIn")}</Link>
      </p>
    </div>
  );
}
