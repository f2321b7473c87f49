import type { Db } from "@/lib/db/client";
import { noTranslations } from "@/lib/content/translations";
import { PROGRAMME_TRANSLATED } from "@/lib/programme/schema";
import { programmeDetails } from "../data/programme-details";
import { programmeTranslations } from "../data/programme-translations";
import { programmes } from "../data/programmes";
import type { ProgrammeDetailsSeed } from "../data/types";
import type { SeedClock } from "../relative-dates";
import { programmeSlug } from "./slugs";

const bySlug = (slugs: readonly string[]) => slugs.map((slug) => ({ slug }));

const escapeHtml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** The columns of issue 14's detail fields; documents as the rich-text list the editor would save. */
export function detailColumns(details: ProgrammeDetailsSeed | undefined) {
  return {
    legalBasisTitle: details?.legalBasis?.title ?? null,
    legalBasisUrl: details?.legalBasis?.url ?? null,
    requiredDocuments: details?.documents.length ? `<ul>${details.documents.map((d) => `<li>${escapeHtml(d)}</li>`).join("")}</ul>` : null,
    combinability: details?.combinability ?? null,
    combinabilityNote: details?.combinabilityNote ?? null,
    contactName: details?.contact?.name ?? null,
    contactEmail: details?.contact?.email ?? null,
    contactPhone: details?.contact?.phone ?? null,
  };
}

export async function seedProgrammes(db: Db, clock: SeedClock) {
  for (const p of programmes) {
    const slug = programmeSlug(p);
    const status = p.status ?? "PUBLISHED";
    const { start, deadline } = p.schedule;
    const data = {
      title: p.title,
      summary: p.summary,
      description: p.description,
      ...noTranslations(PROGRAMME_TRANSLATED),
      ...programmeTranslations[slug],
      eligibility: p.eligibility,
      howToApply: p.howToApply,
      fundingBody: { connect: { slug: p.fundingBody } },
      level: p.level,
      fundingTypes: p.fundingTypes,
      targetGroups: p.targetGroups,
      amountText: p.amountText,
      amountMin: p.amountMin ?? null,
      amountMax: p.amountMax ?? null,
      maxEmployees: p.maxEmployees ?? null,
      applyBeforeProjectStart: p.applyBeforeProjectStart ?? null,
      applicationStart: start === null ? null : clock.day(start),
      deadline: deadline === null ? null : clock.day(deadline),
      sourceUrl: p.sourceUrl,
      ...detailColumns(programmeDetails[slug]),
      lastVerifiedAt: clock.instant(p.verifiedDaysAgo),
      status,
      publishedAt: status === "PUBLISHED" ? clock.instant(p.verifiedDaysAgo + 30, 9) : null,
    };
    const relations = { topics: bySlug(p.topics), regions: bySlug(p.regions), advisors: bySlug(p.advisors) };
    await db.programme.upsert({
      where: { slug },
      create: {
        slug,
        ...data,
        topics: { connect: relations.topics },
        regions: { connect: relations.regions },
        advisors: { connect: relations.advisors },
      },
      update: {
        ...data,
        topics: { set: relations.topics },
        regions: { set: relations.regions },
        advisors: { set: relations.advisors },
      },
    });
  }
  // Successors point at other seeded programmes, so they are linked once all exist.
  for (const p of programmes) {
    const slug = programmeSlug(p);
    await db.programme.update({ where: { slug }, data: { successors: { set: bySlug(programmeDetails[slug]?.successors ?? []) } } });
  }
}
