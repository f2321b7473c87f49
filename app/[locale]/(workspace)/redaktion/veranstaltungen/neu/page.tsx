import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { eventFormValues } from "@/lib/event/editor-form-values";
import { getEventEditorOptions } from "@/lib/event/editor-queries";
import { createEventAction } from "../actions";
import { EventForm } from "../_components/event-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("eventEditor.form"))("createTitle") };
}

export default async function NewEventPage() {
  const actor = await requirePermission("event.create", "/redaktion/veranstaltungen/neu");
  const [t, te, options] = await Promise.all([getTranslations("eventEditor.form"), getTranslations("editor.edit"), getEventEditorOptions(actor)]);
  return (
    <div className="max-w-4xl">
      <p>
        <Link href="/redaktion/veranstaltungen">{te("backToList")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("createTitle")}</h1>
      <p className="mt-2 mb-6">{t("createIntro")}</p>
      <EventForm action={createEventAction} defaults={eventFormValues(null)} options={options} submitLabel={t("create")} />
    </div>
  );
}
