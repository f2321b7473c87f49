import { Directories } from "@/components/home/directories";
import { EventsTeaser } from "@/components/event/events-teaser";
import { RecentlyVerified } from "@/components/home/recently-verified";
import { TaskSearch } from "@/components/home/task-search";
import { UpcomingDeadlines } from "@/components/home/upcoming-deadlines";
import { expireRenderAt } from "@/lib/cache/expire-render";
import { getStartPage } from "@/lib/start-page/start-page";

// Cached like the directories: edits, publications and "zuletzt geprüft" of any type revalidate it
// by tag, and it expires when a programme's status changes or a shown deadline countdown moves on
// (the open count, "Fristen demnächst"), see lib/start-page/start-page.ts.
export const revalidate = 3600;

export default async function HomePage() {
  const now = new Date();
  const page = await getStartPage(now);
  await expireRenderAt(page.validUntil);
  return (
    <>
      <TaskSearch kreise={page.kreise} />
      <div className="mt-12 grid gap-12 lg:grid-cols-2">
        <UpcomingDeadlines deadlines={page.deadlines} now={now} />
        <RecentlyVerified entries={page.verified} />
      </div>
      <Directories counts={page.counts} topics={page.topics} />
      <EventsTeaser />
    </>
  );
}
