import { LocalLink } from "@/components/ui/local-link";
import { getTranslations } from "next-intl/server";

/** The start page's pointer to the events; no count, so events do not join the start page's cache tags. */
export async function EventsTeaser() {
  const t = await getTranslations("events.teaser");
  return (
    <section aria-labelledby="veranstaltungen" className="mt-12 border-l-8 border-brand-600 pl-4">
      <h2 id="veranstaltungen" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-2 max-w-3xl">{t("text")}</p>
      <p className="mt-2">
        <LocalLink href="/veranstaltungen">{t("link")}</LocalLink>
      </p>
    </section>
  );
}
