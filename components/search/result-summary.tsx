import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";

/** The id of the results section, which opens with the result count: forms and chips link to it. */
export const RESULTS_ID = "ergebnisse";

interface Props {
  headingId: string;
  total: number;
  start: number;
  shown: number;
}

export async function ResultSummary({ headingId, total, start, shown }: Props) {
  const t = await getTranslations("common.list");
  return (
    <div>
      <h2 id={headingId} className="text-2xl font-bold" aria-live="polite">
        {t("resultCount", { count: total })}
      </h2>
      {total > shown && <p className="text-sm text-muted">{t("resultRange", { from: start + 1, to: start + shown, total })}</p>}
    </div>
  );
}

export async function NoResults({ resetHref }: { resetHref: string }) {
  const t = await getTranslations("common.list");
  return (
    <div className="mt-6 border-l-8 border-brand-600 bg-brand-50 p-4">
      <h3 className="text-lg font-bold">{t("noResultsHeading")}</h3>
      <p className="mt-1">{t("noResultsHint")}</p>
      <p className="mt-2">
        <Link href={resetHref}>{t("resetFilters")}</Link>
      </p>
    </div>
  );
}
