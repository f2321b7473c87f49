import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { lacksPermission, permittedActor } from "@/lib/auth/guard";
import { forbiddenMetadata, InPageForbidden } from "@/components/errors/in-page-forbidden";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import { getSelfFormOptions } from "@/lib/revision/form-options";
import { getOwnProfile } from "@/lib/revision/queries";
import { AdvisorSelfForm } from "./_components/advisor-self-form";
import { selfFormDefaults } from "./_components/defaults";
import { ProviderSelfForm } from "./_components/provider-self-form";
import { OwnLogoSection } from "./_components/own-logo-section";
import { ProfileState } from "./_components/profile-state";
import { proposeOwnProfileAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  if (await lacksPermission("profile.editOwn")) return forbiddenMetadata();
  const t = await getTranslations("selfService.profile");
  return { title: t("title") };
}

const LOGO_NOTICES = ["logoEingereicht", "logoEntfernenEingereicht"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OwnProfilePage({ searchParams }: Props) {
  const actor = await permittedActor("profile.editOwn", "/mein-profil");
  if (!actor) return <InPageForbidden />;
  const t = await getTranslations("selfService.profile");
  if (!actor.advisorId && !actor.providerId) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p>{t("noEntry")}</p>
      </div>
    );
  }
  const [profile, options, query] = await Promise.all([getOwnProfile(actor), getSelfFormOptions(), searchParams]);
  const { type, current, pending } = profile;
  const publicPath = `/${type === "advisor" ? "berater" : "dienstleister"}/${current.slug}`;
  const defaults = selfFormDefaults(type, current, pending?.data as Record<string, unknown> | undefined);
  const Form = type === "advisor" ? AdvisorSelfForm : ProviderSelfForm;
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {query.meldung === "eingereicht" && pending && (
        <p role="status" className="border-l-4 border-open bg-white p-3 font-semibold">
          {t("submitted")}
        </p>
      )}
      <p>{type === "advisor" ? t("introAdvisor") : t("introProvider")}</p>
      <section aria-labelledby="own-public" className="space-y-2">
        <h2 id="own-public" className="text-2xl font-bold">{t("publicHeading")}</h2>
        <p className="text-lg font-semibold">{current.name}</p>
        <p data-testid="public-summary">{String(current.summary)}</p>
        <p>
          {current.status === "PUBLISHED" ? <Link href={publicPath}>{t("publicLink", { path: publicPath })}</Link> : t("notPublic")}
        </p>
      </section>
      <ProfileState
        pendingSince={pending ? formatDateTime(pending.createdAt) : null}
        decided={profile.decided && !pending ? { ...profile.decided, at: formatDateTime(profile.decided.reviewedAt ?? profile.decided.createdAt) } : null}
      />
      {type === "provider" && can(actor, "profile.proposeLogo") && (
        <OwnLogoSection
          name={current.name}
          current={profile.logo.current}
          pending={profile.logo.pending}
          notice={LOGO_NOTICES.find((notice) => notice === query.meldung) ?? null}
        />
      )}
      <section aria-labelledby="own-form" className="space-y-4">
        <h2 id="own-form" className="text-2xl font-bold">{t("formHeading")}</h2>
        <p>{t("formIntro")}</p>
        {/* Keyed by the pending revision: after submitting, the form starts from the new proposal. */}
        <Form key={pending?.id ?? "current"} action={proposeOwnProfileAction} defaults={defaults} options={options} submitLabel={t("submit")} />
      </section>
    </div>
  );
}
