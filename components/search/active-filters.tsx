import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { localHrefs } from "@/lib/i18n/href";
import { hrefWith, hrefWithout } from "@/lib/listing/url";
import type { RawSearchParams } from "@/lib/listing/params";
import type { FilterGroup } from "./filter-form";
import { RESULTS_ID } from "./result-summary";

interface Props {
  action: string;
  raw: RawSearchParams;
  groups: FilterGroup[];
}

// Each chip links to the same URL without its one value; "Alle Filter entfernen" drops every facet
// but keeps the search text, the order and (on /suche) the type. Both land on the result count.
export async function ActiveFilters({ action: germanPath, raw, groups }: Props) {
  const [t, local] = await Promise.all([getTranslations("common.list"), localHrefs()]);
  const action = local(germanPath);
  const active = groups.flatMap((group) =>
    group.options.filter((o) => o.checked).map((option) => ({ group, option })),
  );
  if (active.length === 0) return null;
  const withoutAll = hrefWith(action, raw, { ...Object.fromEntries(groups.map((group) => [group.param, undefined])), seite: undefined });
  return (
    <div className="mb-4">
      <h3 className="sr-only">{t("activeFilters")}</h3>
      <ul className="flex flex-wrap items-center gap-2">
        {active.map(({ group, option }) => (
          <li key={`${group.param}-${option.value}`}>
            <Link
              href={`${hrefWithout(action, raw, group.param, option.value)}#${RESULTS_ID}`}
              aria-label={t("removeFilter", { label: `${group.legend}: ${option.label}` })}
              className="inline-flex max-w-full items-center gap-1 border-2 border-brand-700 bg-brand-50 px-2 py-0.5 text-sm text-ink no-underline hover:bg-white"
            >
              <span aria-hidden="true">✕</span> <span className="wrap-anywhere" lang={group.lang}>{option.label}</span>
            </Link>
          </li>
        ))}
        <li>
          <Link href={`${withoutAll}#${RESULTS_ID}`} className="text-sm">
            {t("removeAllFilters")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
