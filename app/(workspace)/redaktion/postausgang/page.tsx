import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CaptionedTable } from "@/components/ui/captioned-table";
import { requirePermission } from "@/lib/auth/guard";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { listMail } from "@/lib/mail/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.outbox");
  return { title: t("title") };
}

export default async function OutboxPage() {
  await requirePermission("editor.access", "/redaktion/postausgang");
  const [t, { items }] = await Promise.all([getTranslations("editor.outbox"), listMail()]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <p className="font-semibold">{env.SMTP_URL ? t("smtpOn") : t("smtpOff")}</p>
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <CaptionedTable caption={t("caption")} columns={(["createdAt", "to", "subject", "status"] as const).map((key) => t(key))}>
          {items.map((mail) => (
            <tr key={mail.id}>
              <td className="border-b border-line p-2 align-top whitespace-nowrap">{formatDateTime(mail.createdAt)}</td>
              <td className="border-b border-line p-2 align-top break-all">{mail.to}</td>
              <td className="border-b border-line p-2 align-top">
                <Link href={`/redaktion/postausgang/${mail.id}`}>{mail.subject}</Link>
              </td>
              <td className="border-b border-line p-2 align-top">{t(`statusLabels.${mail.status}`)}</td>
            </tr>
          ))}
        </CaptionedTable>
      )}
    </div>
  );
}
