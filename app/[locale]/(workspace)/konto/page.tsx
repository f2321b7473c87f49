import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/guard";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { formatDateTime } from "@/lib/format";
import { getOwnAccount } from "@/lib/user/queries";
import { ChangePasswordForm } from "./change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.account");
  return { title: t("title"), description: t("detailsHint") };
}

export default async function AccountPage() {
  const actor = await requireActor("/konto");
  const [account, t, roles] = await Promise.all([getOwnAccount(actor), getTranslations("auth.account"), getTranslations("auth.roles")]);
  const rows: [string, string][] = [
    [t("name"), account.name],
    [t("email"), account.email],
    [t("role"), roles(account.role)],
    ...(account.advisor ? [[t("linkedAdvisor"), account.advisor.name] as [string, string]] : []),
    ...(account.provider ? [[t("linkedProvider"), account.provider.name] as [string, string]] : []),
    [t("lastSignIn"), account.lastSignInAt ? formatDateTime(account.lastSignInAt) : t("never")],
  ];
  return (
    <div className="max-w-2xl space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <section aria-labelledby="angaben" className="space-y-3">
        <h2 id="angaben" className="text-2xl font-bold">{t("detailsHeading")}</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-muted">{t("detailsHint")}</p>
      </section>
      <section aria-labelledby="passwort" className="space-y-3">
        <h2 id="passwort" className="text-2xl font-bold">{t("passwordHeading")}</h2>
        <ChangePasswordForm minLength={PASSWORD_MIN_LENGTH} />
      </section>
    </div>
  );
}
