import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { listDecidedSignups, listPendingSignups } from "@/lib/signup/queries";
import { SignupTable } from "./signup-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signup.review");
  return { title: t("title") };
}

// Dynamic (reads the session); unconfirmed sign-ups never show up here.
export default async function SignupQueuePage() {
  const actor = await requirePermission("revision.review", "/redaktion/anmeldungen");
  const [t, pending, decided] = await Promise.all([getTranslations("signup.review"), listPendingSignups(actor), listDecidedSignups(actor)]);
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
      </div>
      {pending.length === 0 ? <p>{t("empty")}</p> : <SignupTable items={pending} caption={t("caption")} dateColumn="confirmedAt" />}
      {decided.length > 0 && (
        <section aria-labelledby="entschieden" className="space-y-3">
          <h2 id="entschieden" className="text-2xl font-bold">
            {t("recentHeading")}
          </h2>
          <SignupTable items={decided} caption={t("recentCaption")} dateColumn="reviewedAt" />
        </section>
      )}
    </div>
  );
}
