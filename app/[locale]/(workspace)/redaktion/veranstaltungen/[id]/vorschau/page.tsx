import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventCard } from "@/components/event/event-card";
import { EventDetail } from "@/components/event/event-detail";
import { PreviewBanner } from "@/components/editor/preview-banner";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import type { EventCardDTO } from "@/lib/event/dto";
import { getEventForEditor, getEventPreview } from "@/lib/event/editor-queries";
import { isPastEvent } from "@/lib/event/timing";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, row] = await Promise.all([getTranslations("eventEditor.preview"), readForMetadata((actor) => getEventForEditor(actor, id))]);
  if (!row) return notFoundMetadata();
  return { title: t("title", { title: row.title }), robots: { index: false, follow: false } };
}

/** The entry exactly as the public will see it: the public page's own component, whatever the status. */
export default async function EventPreviewPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("editor.access", `/redaktion/veranstaltungen/${id}/vorschau`);
  const [row, event, t] = await Promise.all([getEventForEditor(actor, id), getEventPreview(actor, id), getTranslations("editor.preview")]);
  if (!row || !event) return <InPageNotFound />;
  // The list card from the same data the public list projection holds.
  const card: EventCardDTO = {
    id: event.id,
    slug: event.slug,
    title: event.title,
    summary: event.summary,
    titleFr: event.titleFr,
    titleEn: event.titleEn,
    summaryFr: event.summaryFr,
    summaryEn: event.summaryEn,
    format: event.format,
    venueName: event.venueName,
    town: event.town,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    costs: event.costs,
    organiserSlug: event.organiser.slug,
    organiserName: event.organiser.name,
    topicSlugs: event.topics.map((x) => x.slug),
    regionSlugs: event.regions.map((x) => x.slug),
    targetGroups: event.targetGroups,
    updatedAt: event.updatedAt,
  };
  return (
    <div>
      <PreviewBanner status={row.status} editHref={`/redaktion/veranstaltungen/${id}`} />
      <EventDetail event={event} past={isPastEvent(event)} />
      <section aria-labelledby="preview-cards" className="mt-12 border-t-4 border-line pt-6">
        <h2 id="preview-cards" className="text-2xl font-bold">
          {t("listHeading")}
        </h2>
        <EventCard event={card} headingLevel="h3" />
      </section>
    </div>
  );
}
