import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { formatDateTime } from "@/lib/format";
import { listPendingRevisions } from "@/lib/revision/queries";

/** Pending changes advisors and providers proposed to their own entries, oldest first. */
export async function RevisionSection({ actor }: { actor: Actor }) {
  const [t, rows] = await Promise.all([getTranslations("selfService.review.revisions"), listPendingRevisions(actor)]);
  return (
    <section aria-labelledby="review-revisions" className="space-y-4">
      <h2 id="review-revisions" className="text-2xl font-bold">{t("heading")}</h2>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr>
                {(["entry", "type", "author", "since"] as const).map((key) => (
                  <th key={key} scope="col" className="border-b-2 border-ink p-2">
                    {t(`columns.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid="revision-row">
                  <th scope="row" className="border-b border-line p-2 align-top font-normal">
                    <Link href={`/redaktion/pruefungen/${row.id}`} className="font-semibold" aria-label={t("open", { entry: row.entry })}>
                      {row.entry}
                    </Link>
                  </th>
                  <td className="border-b border-line p-2 align-top">{t(`types.${row.entityType}`)}</td>
                  <td className="border-b border-line p-2 align-top">{row.author}</td>
                  <td className="border-b border-line p-2 align-top whitespace-nowrap">{formatDateTime(row.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
