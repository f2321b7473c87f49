import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { CaptionedTable } from "@/components/ui/captioned-table";
import { requirePermission } from "@/lib/auth/guard";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { listMail } from "@/lib/mail/queries";
import { MailKind } from "./_components/mail-kind";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.outbox");
  return { title: t("title") };
}

const cell = "border-b border-line p-2 align-top";

export default async function OutboxPage() {
  const actor = await requirePermission("editor.access", "/redaktion/postausgang");
  const [t, { items }] = await Promise.all([getTranslations("editor.outbox"), listMail(actor)]);
  const columns = (["createdAt", "to", "kind", "subject", "status", "attempts", "error"] as const).map((key) => t(key));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <p className="font-semibold" data-testid="smtp-state">
        {env.SMTP_URL ? t("smtpOn") : t("smtpOff")}
      </p>
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <CaptionedTable caption={t("caption")} columns={columns}>
          {items.map((mail) => (
            <tr key={mail.id}>
              <td className={`${cell} whitespace-nowrap`}>{formatDateTime(mail.createdAt)}</td>
              <td className={`${cell} break-all`}>{mail.to}</td>
              <td className={cell}>
                <MailKind kind={mail.kind} />
              </td>
              <td className={cell}>
                <Link href={`/redaktion/postausgang/${mail.id}`}>{mail.subject}</Link>
              </td>
              <td className={cell}>{t(`statusLabels.${mail.status}`)}</td>
              <td className={cell}>{mail.attempts}</td>
              <td className={`${cell} break-words`}>{mail.lastError ?? ""}</td>
            </tr>
          ))}
        </CaptionedTable>
      )}
    </div>
  );
}
