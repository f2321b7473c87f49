import { getTranslations } from "next-intl/server";
import { CaptionedTable, LinkRowHeader } from "@/components/ui/captioned-table";
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
        <CaptionedTable caption={t("caption")} columns={(["entry", "type", "author", "since"] as const).map((key) => t(`columns.${key}`))} scroll>
          {rows.map((row) => (
            <tr key={row.id} data-testid="revision-row">
              <LinkRowHeader href={`/redaktion/pruefungen/${row.id}`} name={row.entry} ariaLabel={t("open", { entry: row.entry })} />
              <td className="border-b border-line p-2 align-top">{t(`types.${row.entityType}`)}</td>
              <td className="border-b border-line p-2 align-top">{row.author}</td>
              <td className="border-b border-line p-2 align-top whitespace-nowrap">{formatDateTime(row.createdAt)}</td>
            </tr>
          ))}
        </CaptionedTable>
      )}
    </section>
  );
}
