import { ADVISOR_TRANSLATED } from "@/lib/advisor/schema";
import { noTranslations } from "@/lib/content/translations";
import type { Db } from "@/lib/db/client";
import { advisors } from "../data/advisors";
import { advisorTranslations } from "../data/directory-translations";
import type { SeedClock } from "../relative-dates";
import { advisorSlug } from "./slugs";

const bySlug = (slugs: readonly string[]) => slugs.map((slug) => ({ slug }));

export async function seedAdvisors(db: Db, clock: SeedClock) {
  for (const a of advisors) {
    const slug = advisorSlug(a);
    const status = a.status ?? "PUBLISHED";
    const data = {
      kind: a.kind,
      name: a.name,
      jobTitle: a.jobTitle ?? null,
      summary: a.summary,
      organisation: { connect: { slug: a.organisation } },
      languages: a.languages,
      consultationModes: a.consultationModes,
      email: a.email,
      phone: a.phone,
      street: a.street,
      postalCode: a.postalCode,
      town: a.town,
      officeHours: a.officeHours ?? null,
      bookingUrl: a.bookingUrl ?? null,
      ...noTranslations(ADVISOR_TRANSLATED),
      ...advisorTranslations[slug],
      lastVerifiedAt: clock.instant(a.verifiedDaysAgo),
      status,
      publishedAt: status === "PUBLISHED" ? clock.instant(a.verifiedDaysAgo + 30, 9) : null,
    };
    await db.advisor.upsert({
      where: { slug },
      create: { slug, ...data, topics: { connect: bySlug(a.topics) }, regions: { connect: bySlug(a.regions) } },
      update: { ...data, topics: { set: bySlug(a.topics) }, regions: { set: bySlug(a.regions) } },
    });
  }
}
