import { getTranslations } from "next-intl/server";
import { DetailHeader } from "@/components/ui/detail-header";
import { ExternalLink } from "@/components/ui/external-link";
import { RichText } from "@/components/ui/rich-text";
import { Section } from "@/components/ui/section";
import { formatInstantDay } from "@/lib/format";
import type { ProgrammeDetailDTO } from "@/lib/programme/dto";
import { deriveProgrammeStatus } from "@/lib/programme/status";
import { ProgrammeAdvisors } from "./programme-advisors";
import { ProgrammeFacts } from "./programme-facts";
import { StatusBadge } from "./status-badge";

/**
 * The body of a programme's public page. The public route and the editors' preview both render
 * this, so a preview shows exactly what the public will see.
 */
export async function ProgrammeDetail({ programme }: { programme: ProgrammeDetailDTO }) {
  const t = await getTranslations("programmes");
  const status = deriveProgrammeStatus(programme);
  return (
    <article>
      <DetailHeader list={{ href: "/foerderprogramme", label: t("list.title") }} kicker={programme.fundingBody.name} title={programme.title} summary={programme.summary}>
        <div className="mt-3">
          <StatusBadge status={status} deadline={programme.deadline} applicationStart={programme.applicationStart} />
        </div>
      </DetailHeader>

      <div className="mt-8 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-8">
          <Section id="facts" title={t("detail.facts")}>
            <ProgrammeFacts programme={programme} />
          </Section>
          <Section id="description" title={t("detail.description")}>
            <RichText text={programme.description} />
          </Section>
          {programme.eligibility && (
            <Section id="eligibility" title={t("detail.eligibility")}>
              <RichText text={programme.eligibility} />
            </Section>
          )}
          {programme.howToApply && (
            <Section id="how-to-apply" title={t("detail.howToApply")}>
              <RichText text={programme.howToApply} />
            </Section>
          )}
          <section aria-labelledby="source" className="border-l-8 border-line pl-4">
            <h2 id="source" className="text-xl font-bold">
              {t("detail.source")}
            </h2>
            <p className="mt-2">
              <ExternalLink href={programme.sourceUrl}>{t("detail.sourceLink", { name: programme.fundingBody.name })}</ExternalLink>
            </p>
            <p className="mt-2 text-sm" data-testid="last-verified">
              {programme.lastVerifiedAt ? t("detail.verifiedNote", { date: formatInstantDay(programme.lastVerifiedAt) }) : t("detail.unverifiedNote")}
            </p>
          </section>
        </div>
        <ProgrammeAdvisors advisors={programme.advisors} />
      </div>
    </article>
  );
}
