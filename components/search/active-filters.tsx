import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { hrefWithout } from "@/lib/listing/url";
import type { RawSearchParams } from "@/lib/listing/params";
import type { FilterGroup } from "./filter-form";

interface Props {
  action: string;
  raw: RawSearchParams;
  groups: FilterGroup[];
}

export async function ActiveFilters({ action, raw, groups }: Props) {
  const t = await getTranslations("common.list");
  const active = groups.flatMap((group) =>
    group.options.filter((o) => o.checked).map((option) => ({ group, option })),
  );
  if (active.length === 0) return null;
  return (
    <div className="mb-4">
      <h3 className="sr-only">{t("activeFilters")}</h3>
      <ul className="flex flex-wrap gap-2">
        {active.map(({ group, option }) => (
          <li key={`${group.param}-${option.value}`}>
            <Link
              href={hrefWithout(action, raw, group.param, option.value)}
              aria-label={t("removeFilter", { label: `${group.legend}: ${option.label}` })}
              className="inline-flex items-center gap-1 border-2 border-brand-700 bg-brand-50 px-2 py-0.5 text-sm text-ink no-underline hover:bg-white"
            >
              <span aria-hidden="true">✕</span> {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
