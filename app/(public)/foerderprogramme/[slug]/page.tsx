import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProgrammeAdvisors } from "@/components/programme/programme-advisors";
import { ProgrammeFacts } from "@/components/programme/programme-facts";
import { StatusBadge } from "@/components/programme/status-badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ExternalLink } from "@/components/ui/external-link";
import { Paragraphs } from "@/components/ui/paragraphs";
import { Section } from "@/components/ui/section";
import { detailMetadata } from "@/lib/detail-metadata";
import { formatInstantDay } from "@/lib/format";
import { getProgramme } from "@/lib/programme/cached";
import { expireRenderAt } from "@/lib/cache/expire-render";
import { deriveProgrammeStatus, nextStatusChange } from "@/lib/programme/status";

interface Props {
  params: Promise<{ slug: string }>;
}

// Rendered on first request, then cached; edits revalidate it by tag, and the cached page
// expires the instant its derived status changes (expireRenderAt).
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const programme = await getProgramme((await params).slug);
  return detailMetadata(programme && { title: programme.title, description: programme.summary });
}

export default async function ProgrammePage({ params }: Props) {
  const programme = await getProgramme((await params).slug);
  if (!programme) notFound();
  const t = await getTranslations("programmes");
  const status = deriveProgrammeStatus(programme);
  await expireRenderAt(nextStatusChange(programme));

  return (
    <article>
      <Breadcrumbs items={[{ href: "/foerderprogramme", label: t("list.title") }]} />
      <p className="text-lg text-muted">{programme.fundingBody.name}</p>
      <h1 className="mt-1 text-3xl font-bold md:text-4xl">{programme.title}</h1>
      <div className="mt-3">
        <StatusBadge status={status} deadline={programme.deadline} applicationStart={programme.applicationStart} />
      </div>
      <p className="mt-4 max-w-3xl text-xl">{programme.summary}</p>

      <div className="mt-8 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-8">
          <Section id="facts" title={t("detail.facts")}>
            <ProgrammeFacts programme={programme} />
          </Section>
          <Section id="description" title={t("detail.description")}>
            <Paragraphs text={programme.description} />
          </Section>
          {programme.eligibility && (
            <Section id="eligibility" title={t("detail.eligibility")}>
              <Paragraphs text={programme.eligibility} />
            </Section>
          )}
          {programme.howToApply && (
            <Section id="how-to-apply" title={t("detail.howToApply")}>
              <Paragraphs text={programme.howToApply} />
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
              {t("detail.verifiedNote", { date: formatInstantDay(programme.lastVerifiedAt) })}
            </p>
          </section>
        </div>
        <ProgrammeAdvisors advisors={programme.advisors} />
      </div>
    </article>
  );
}
