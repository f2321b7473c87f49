import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Directories } from "@/components/home/directories";
import { EventsTeaser } from "@/components/event/events-teaser";
import { RecentlyVerified } from "@/components/home/recently-verified";
import { TaskSearch } from "@/components/home/task-search";
import { UpcomingDeadlines } from "@/components/home/upcoming-deadlines";
import { expireRenderAt } from "@/lib/cache/expire-render";
import { getStartPage } from "@/lib/start-page/start-page";
import { pageMetadata } from "@/lib/seo/page-metadata";

// Cached like the directories: edits, publications and "zuletzt geprüft" of any type revalidate it
// by tag, and it expires when a programme's status changes or a shown deadline countdown moves on
// (the open count, "Fristen demnächst"), see lib/start-page/start-page.ts.
export const revalidate = 3600;

// The site's name as the whole title (not "… – Digitale Region Trier" twice), with a canonical address.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.site");
  const page = await pageMetadata({ title: t("name"), description: t("description"), path: "/" });
  return { ...page, title: { absolute: t("name") } };
}

export default async function HomePage() {
  const now = new Date();
  const page = await getStartPage(now);
  await expireRenderAt(page.validUntil);
  return (
    <>
      <TaskSearch kreise={page.kreise} />
      <div className="mt-12 grid gap-12 lg:grid-cols-2">
        <UpcomingDeadlines deadlines={page.deadlines} now={now} />
        <RecentlyVerified entries={page.verified} now={now} />
      </div>
      <Directories counts={page.counts} topics={page.topics} />
      <EventsTeaser />
    </>
  );
}
