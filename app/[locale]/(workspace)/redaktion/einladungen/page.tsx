import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listInvitations, listInvitationTargets } from "@/lib/account/invitation-queries";
import { parseTarget, targetValue } from "@/lib/account/invitation-schema";
import { requirePermission } from "@/lib/auth/guard";
import { InvitationList } from "./invitation-list";
import { InviteForm } from "./invite-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("selfService.invitation.admin");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE = ["invited", "resent", "revoked"] as const;

// ?profil=advisor:<id> preselects an entry (the "Einladen" link of an entry's edit page).
export default async function InvitationsPage({ searchParams }: Props) {
  const actor = await requirePermission("user.invite", "/redaktion/einladungen");
  const [t, query, targets, rows] = await Promise.all([
    getTranslations("selfService.invitation.admin"),
    searchParams,
    listInvitationTargets(actor),
    listInvitations(actor),
  ]);
  const profil = typeof query.profil === "string" ? parseTarget(query.profil) : null;
  const done = DONE.find((key) => key === query.meldung);
  const groups = [
    { label: t("advisors"), options: targets.advisors.map((a) => ({ value: `advisor:${a.id}`, label: a.label })) },
    { label: t("providers"), options: targets.providers.map((p) => ({ value: `provider:${p.id}`, label: p.label })) },
  ];
  return (
    <div className="max-w-5xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      {done && (
        <p role="status" className="border-l-4 border-open bg-white p-3 font-semibold">
          {t(`done.${done}`)}
        </p>
      )}
      {(query.meldung === "failed" || query.meldung === "forbidden") && (
        <p role="alert" className="border-l-4 border-closed bg-white p-3 font-semibold">
          {t(query.meldung)}
        </p>
      )}
      <section aria-labelledby="invite-new" className="space-y-4">
        <h2 id="invite-new" className="text-2xl font-bold">{t("formHeading")}</h2>
        <InviteForm groups={groups} preselected={profil ? targetValue(profil) : undefined} />
      </section>
      <section aria-labelledby="invite-list" className="space-y-4">
        <h2 id="invite-list" className="text-2xl font-bold">{t("listHeading")}</h2>
        <InvitationList rows={rows} />
      </section>
    </div>
  );
}
