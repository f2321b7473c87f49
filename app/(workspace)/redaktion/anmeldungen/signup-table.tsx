import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import type { SignupListItem } from "@/lib/signup/queries";

type Props = { items: SignupListItem[]; caption: string; dateColumn: "confirmedAt" | "reviewedAt" };

/** Sign-ups as a table: company (link to the detail), contact, Kreis, date, and the status in words. */
export async function SignupTable({ items, caption, dateColumn }: Props) {
  const t = await getTranslations("signup.review");
  const headings = ["company", "contact", "region", dateColumn === "confirmedAt" ? "since" : "decidedAt", "status"] as const;
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {headings.map((key) => (
            <th key={key} scope="col" className="border-b-2 border-ink p-2">
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const date = item[dateColumn];
          return (
            <tr key={item.id}>
              <th scope="row" className="border-b border-line p-2 align-top font-normal">
                <Link href={`/redaktion/anmeldungen/${item.id}`} className="font-semibold">
                  {item.name}
                </Link>
              </th>
              <td className="border-b border-line p-2 align-top">{item.contactName}</td>
              <td className="border-b border-line p-2 align-top">{item.regionName}</td>
              <td className="border-b border-line p-2 align-top whitespace-nowrap">{date ? formatDateTime(date) : ""}</td>
              <td className="border-b border-line p-2 align-top">{t(`statusLabels.${item.status}`)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
