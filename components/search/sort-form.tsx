import { getTranslations } from "next-intl/server";
import { localHrefs } from "@/lib/i18n/href";
import { SelectOptions } from "@/components/ui/select-options";
import type { RawSearchParams } from "@/lib/listing/params";
import { buttonClass } from "@/components/ui/button";
import { RESULTS_ID } from "./result-summary";

interface Props {
  action: string;
  raw: RawSearchParams;
  current: string;
  options: { value: string; label: string }[];
}

// Separate GET form so changing the order keeps every filter (carried as hidden fields); like the
// filter form it lands the new page on the result count.
export async function SortForm({ action, raw, current, options }: Props) {
  const [t, href] = await Promise.all([getTranslations("common.list"), localHrefs()]);
  const hidden = Object.entries(raw).flatMap(([key, value]) =>
    key === "sortierung" || key === "seite" || value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => [key, v] as const),
  );
  return (
    <form method="get" action={`${href(action)}#${RESULTS_ID}`} className="sort-form">
      {hidden.map(([key, value], index) => (
        <input key={`${key}-${index}`} type="hidden" name={key} value={value} />
      ))}
      <div>
        <label htmlFor="sortierung">
          {t("sortLabel")}
        </label>
        <select id="sortierung" name="sortierung" defaultValue={current}>
          <SelectOptions options={options} />
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary", "sm")}>
        {t("applySort")}
      </button>
    </form>
  );
}
