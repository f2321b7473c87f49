import { getTranslations } from "next-intl/server";

type Props = {
  pendingSince: string | null;
  decided: { status: "APPROVED" | "REJECTED" | string; reason: string | null; at: string } | null;
};

/** Where the person's last proposal stands: waiting, or the editors' last decision (with the reason). */
export async function ProfileState({ pendingSince, decided }: Props) {
  const t = await getTranslations("selfService.profile");
  if (pendingSince) {
    return (
      <p data-testid="revision-state" className="border-l-4 border-brand-700 bg-white p-3 font-semibold">
        {t("pending", { date: pendingSince })}
      </p>
    );
  }
  if (decided?.status === "REJECTED") {
    return (
      <div data-testid="revision-state" className="space-y-1 border-l-4 border-closed bg-white p-3">
        <p className="font-semibold">{t("rejected", { date: decided.at })}</p>
        {decided.reason && <p className="whitespace-pre-line">{t("rejectedReason", { reason: decided.reason })}</p>}
      </div>
    );
  }
  if (decided?.status === "APPROVED") {
    return (
      <p data-testid="revision-state" className="border-l-4 border-open bg-white p-3">
        {t("approved", { date: decided.at })}
      </p>
    );
  }
  return null;
}
