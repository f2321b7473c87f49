import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { localHrefs } from "@/lib/i18n/href";
import { hrefWith } from "@/lib/listing/url";
import type { RawSearchParams } from "@/lib/listing/params";

interface Props {
  action: string;
  raw: RawSearchParams;
  page: number;
  pages: number;
}

/** Numbered pages around the current one, first and last always reachable (GOV.UK pattern). */
export function pageWindow(page: number, pages: number): (number | "gap")[] {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? (["gap", p] as const) : [p]));
}

export async function Pagination({ action, raw, page, pages }: Props) {
  if (pages <= 1) return null;
  const [t, local] = await Promise.all([getTranslations("common.pagination"), localHrefs()]);
  // `action` is the German path; the pages stay in the reader's language.
  const href = (p: number) => hrefWith(local(action), raw, { seite: p === 1 ? undefined : String(p) });
  return (
    <nav aria-label={t("label")} className="pages">
      <ul>
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev">
              <span aria-hidden="true">← </span>
              {t("previous")}
            </Link>
          </li>
        )}
        {pageWindow(page, pages).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" aria-label={t("currentPage", { page: p })}>
                  {p}
                </span>
              ) : (
                <Link href={href(p)} aria-label={t("page", { page: p })}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <Link href={href(page + 1)} rel="next">
              {t("next")}
              <span aria-hidden="true"> →</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
