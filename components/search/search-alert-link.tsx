import { getTranslations } from "next-intl/server";
import { LinkBox } from "@/components/ui/link-box";

interface Props {
  /** the alert form with the search's words and filters (lib/search/page/links.ts searchAlertHref) */
  href: string;
  q: string;
  filtered: boolean;
  headingLevel?: "h2" | "h3";
}

/** "Benachrichtigen" under a search that shows programmes: save it as an e-mail alert. */
export async function SearchAlertLink({ href, q, filtered, headingLevel = "h2" }: Props) {
  const t = await getTranslations("search.alert");
  const link = { href, label: t("link"), strong: true, ariaLabel: t("linkLabel", { q }) };
  return (
    <LinkBox
      headingId="benachrichtigen-heading"
      heading={t("heading")}
      intro={t("intro", { filtered: String(filtered) })}
      links={[link]}
      testId="search-alert"
      headingLevel={headingLevel}
      className="mt-8"
    />
  );
}
