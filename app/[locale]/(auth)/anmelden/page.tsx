import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title"), description: t("intro") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// The return path is only carried along here; the action checks it (safeReturnPath) before redirecting.
export default async function SignInPage({ searchParams }: Props) {
  const [params, t, reset] = await Promise.all([searchParams, getTranslations("auth.signIn"), getTranslations("account.passwordReset")]);
  const notice = first(params.abgemeldet) === "1" ? t("signedOut") : first(params.passwort) === "neu" ? reset("done") : null;
  const returnTo = (first(params.weiter) ?? "").slice(0, 2000);
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {notice && (
        <div role="status" className="border-l-8 border-open bg-green-50 p-4">
          <p className="font-bold">{notice}</p>
        </div>
      )}
      <p>{t("intro")}</p>
      <SignInForm returnTo={returnTo} />
      <p>
        <Link href="/passwort-vergessen">{reset("forgotLink")}</Link>
      </p>
      <p className="text-sm text-muted">{t("noAccount")}</p>
    </div>
  );
}
