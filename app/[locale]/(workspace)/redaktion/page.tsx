import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getFreshnessOverview } from "@/lib/freshness/queries";
import { countPendingRevisions } from "@/lib/revision/queries";
import { listPendingSignups } from "@/lib/signup/queries";
import { DeadlineSection, RecentSection, ReviewSection, StaleSection } from "./_overview/dashboard-sections";
import { PageIntro } from "./_overview/page-intro";
import { refusalMetadata, refusedEditorArea } from "./_refusal/refusal";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  if (await refusedEditorArea()) return refusalMetadata();
  const t = await getTranslations("editorOverview.dashboard");
  return { title: t("title"), description: t("intro") };
}

const QUICK_LINKS = [
  { href: "/redaktion/foerderprogramme/neu", key: "newProgramme", permission: "programme.create" },
  { href: "/redaktion/berater/neu", key: "newAdvisor", permission: "advisor.create" },
  { href: "/redaktion/dienstleister/neu", key: "newProvider", permission: "provider.create" },
  { href: "/redaktion/import", key: "import", permission: "import.run" },
] as const;

// The freshness dashboard (issue 4, item 8): what needs an editor's attention, each a link to act on.
export default async function EditorDashboardPage() {
  const actor = await requirePermission("editor.access", "/redaktion");
  const reviews = can(actor, "revision.review");
  const [t, overview, revisions, signups] = await Promise.all([
    getTranslations("editorOverview.dashboard"),
    getFreshnessOverview(actor),
    reviews ? countPendingRevisions(actor) : 0,
    reviews ? listPendingSignups(actor).then((list) => list.length) : 0,
  ]);
  const quickLinks = QUICK_LINKS.filter((link) => can(actor, link.permission));
  return (
    <div className="space-y-10">
      <PageIntro title={t("title")} intro={t("intro")} />
      {quickLinks.length > 0 && (
        <Section id="schnellzugriff" title={t("quick.heading")}>
          <ul className="flex flex-wrap gap-3">
            {quickLinks.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={buttonClass("secondary", "sm")}>
                  {t(`quick.${link.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {reviews && (
        <Section id="wartet" title={t("waiting.heading")}>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              <Link href="/redaktion/pruefungen">{t("waiting.revisions", { count: revisions })}</Link>
            </li>
            <li>
              <Link href="/redaktion/anmeldungen">{t("waiting.signups", { count: signups })}</Link>
            </li>
          </ul>
        </Section>
      )}
      <StaleSection data={overview.stale} />
      <DeadlineSection data={overview.deadlines} />
      <ReviewSection data={overview.inReview} />
      <RecentSection items={overview.recent} showLogLink={can(actor, "audit.readAll")} />
    </div>
  );
}
