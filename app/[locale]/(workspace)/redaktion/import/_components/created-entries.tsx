import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import type { CreatedEntry } from "@/lib/import/report";
import { segmentOf, type ImportEntityType } from "@/lib/import/types";

/** The drafts this import created, each linking to its edit page: exactly these, no others. */
export async function CreatedEntries({ entries, type }: { entries: CreatedEntry[]; type: ImportEntityType }) {
  const t = await getTranslations("importExport.job");
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="created-drafts" className="space-y-2">
      <h2 id="created-drafts" className="text-xl font-bold">{t("createdHeading", { count: entries.length })}</h2>
      <ul className="list-disc space-y-1 pl-6" data-testid="created-drafts">
        {entries.map((entry) => (
          <li key={entry.id}>
            <Link href={`/redaktion/${segmentOf(type)}/${entry.id}`}>{entry.title || entry.slug}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
