import Link from "next/link";
import { getTranslations } from "next-intl/server";

interface Props {
  /** the alert form with the search's words and filters (lib/search/page/links.ts searchAlertHref) */
  href: string;
  q: string;
  filtered: boolean;
  headingLevel?: "h2" | "h3";
}

/** "Benachrichtigen" under a search that shows programmes: save it as an e-mail alert. */
export async function SearchAlertLink({ href, q, filtered, headingLevel: Heading = "h2" }: Props) {
  const t = await getTranslations("search.alert");
  return (
    <section aria-labelledby="benachrichtigen-heading" className="mt-8 border-l-4 border-brand-600 bg-brand-50 px-4 py-3" data-testid="search-alert">
      <Heading id="benachrichtigen-heading" className="text-lg font-bold">
        {t("heading")}
      </Heading>
      <p className="mt-1 text-sm">{t("intro", { filtered: String(filtered) })}</p>
      <p className="mt-2">
        <Link href={href} className="font-semibold" aria-label={t("linkLabel", { q })}>
          {t("link")}
        </Link>
      </p>
    </section>
  );
}
