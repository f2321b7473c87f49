import { getTranslations } from "next-intl/server";

/** Why a mail was sent; a kind added later without a label shows its code rather than failing. */
export async function MailKind({ kind }: { kind: string }) {
  const t = await getTranslations("editor.outbox.kindLabels");
  return <>{t.has(kind) ? t(kind) : kind}</>;
}
