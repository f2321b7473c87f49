import { getTranslations } from "next-intl/server";
import { CaptionedTable, LinkRowHeader } from "@/components/ui/captioned-table";
import { formatDateTime } from "@/lib/format";
import type { SignupListItem } from "@/lib/signup/queries";

type Props = { items: SignupListItem[]; caption: string; dateColumn: "confirmedAt" | "reviewedAt" };

/** Sign-ups as a table: company (link to the detail), contact, Kreis, date, and the status in words. */
export async function SignupTable({ items, caption, dateColumn }: Props) {
  const t = await getTranslations("signup.review");
  const headings = ["company", "contact", "region", dateColumn === "confirmedAt" ? "since" : "decidedAt", "status"] as const;
  return (
    <CaptionedTable caption={caption} columns={headings.map((key) => t(key))}>
      {items.map((item) => {
        const date = item[dateColumn];
        return (
          <tr key={item.id}>
            <LinkRowHeader href={`/redaktion/anmeldungen/${item.id}`} name={item.name} />
            <td className="border-b border-line p-2 align-top">{item.contactName}</td>
            <td className="border-b border-line p-2 align-top">{item.regionName}</td>
            <td className="border-b border-line p-2 align-top whitespace-nowrap">{date ? formatDateTime(date) : ""}</td>
            <td className="border-b border-line p-2 align-top">{t(`statusLabels.${item.status}`)}</td>
          </tr>
        );
      })}
    </CaptionedTable>
  );
}
