import { getTranslations } from "next-intl/server";
import { CaptionedTable } from "@/components/ui/captioned-table";
import type { InvitationRow } from "@/lib/account/invitation-queries";
import { formatDateTime } from "@/lib/format";
import { resendInvitationAction, revokeInvitationAction } from "./actions";
import { buttonClass } from "@/components/ui/button";


/** Sent invitations, newest first, with one-button forms to resend or revoke the open ones. */
export async function InvitationList({ rows }: { rows: InvitationRow[] }) {
  const t = await getTranslations("selfService.invitation.admin");
  if (rows.length === 0) return <p>{t("empty")}</p>;
  return (
    <CaptionedTable caption={t("caption")} columns={(["person", "entry", "sent", "status", "actions"] as const).map((key) => t(`columns.${key}`))} scroll>
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
                <RowAction action={resendInvitationAction} userId={row.userId} label={t("resend")} ariaLabel={t("resendLabel", { name: row.name })} />
                {row.status !== "revoked" && (
                  <RowAction action={revokeInvitationAction} userId={row.userId} label={t("revoke")} ariaLabel={t("revokeLabel", { name: row.name })} />
                )}
              </div>
            )}
          </td>
        </tr>
      ))}
    </CaptionedTable>
  );
}

/** A one-button form acting on the invitation of `userId`; the accessible name says whose. */
function RowAction({ action, userId, label, ariaLabel }: { action: (formData: FormData) => Promise<void>; userId: string; label: string; ariaLabel: string }) {
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className={buttonClass("secondary", "sm")} aria-label={ariaLabel}>
        {label}
      </button>
    </form>
  );
}
