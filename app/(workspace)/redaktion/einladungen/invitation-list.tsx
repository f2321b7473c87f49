import { getTranslations } from "next-intl/server";
import type { InvitationRow } from "@/lib/account/invitation-queries";
import { formatDateTime } from "@/lib/format";
import { resendInvitationAction, revokeInvitationAction } from "./actions";

const button = "border-2 border-ink bg-white px-3 py-1 font-semibold";

/** Sent invitations, newest first, with one-button forms to resend or revoke the open ones. */
export async function InvitationList({ rows }: { rows: InvitationRow[] }) {
  const t = await getTranslations("selfService.invitation.admin");
  if (rows.length === 0) return <p>{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            {(["person", "entry", "sent", "status", "actions"] as const).map((key) => (
              <th key={key} scope="col" className="border-b-2 border-ink p-2">
                {t(`columns.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.userId} data-testid="invitation-row">
              <th scope="row" className="border-b border-line p-2 align-top font-normal">
                <span className="block font-semibold">{row.name}</span>
                <span className="block break-all text-sm">{row.email}</span>
              </th>
              <td className="border-b border-line p-2 align-top">
                {row.entry} <span className="block text-sm text-muted">{t(row.entryType === "advisor" ? "advisors" : "providers")}</span>
              </td>
              <td className="border-b border-line p-2 align-top whitespace-nowrap">{formatDateTime(row.sentAt)}</td>
              <td className="border-b border-line p-2 align-top">
                {row.status === "open" ? t("status.open", { until: formatDateTime(row.expiresAt) }) : t(`status.${row.status}`)}
              </td>
              <td className="border-b border-line p-2 align-top">
                {row.status !== "accepted" && (
                  <div className="flex flex-wrap gap-2">
                    <form action={resendInvitationAction}>
                      <input type="hidden" name="userId" value={row.userId} />
                      <button type="submit" className={button} aria-label={t("resendLabel", { name: row.name })}>
                        {t("resend")}
                      </button>
                    </form>
                    {row.status !== "revoked" && (
                      <form action={revokeInvitationAction}>
                        <input type="hidden" name="userId" value={row.userId} />
                        <button type="submit" className={button} aria-label={t("revokeLabel", { name: row.name })}>
                          {t("revoke")}
                        </button>
                      </form>
                    )}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
