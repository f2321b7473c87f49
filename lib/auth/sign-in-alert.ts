import "server-only";
import { createTranslator } from "next-intl";
import { db } from "@/lib/db/client";
import { queueMail } from "@/lib/mail/queue";
import { bucketKey, hit, NEVER_LOCKS, type Limit } from "@/lib/rate-limit/bucket";
import auth from "@/messages/de/auth.json";

// At most one warning per account and window: the first caller to count the alert bucket sends it.
const ALERT_WINDOW: Limit = { limit: NEVER_LOCKS, windowMs: 60 * 60_000, lockMs: 0 };

const t = createTranslator({ locale: "de", messages: { auth }, namespace: "auth.signInAlert" });

/** Tells the owner that their account sees many failed sign-ins (only an active account has one to tell). */
export async function alertOwner(address: string): Promise<void> {
  const user = await db.user.findFirst({ where: { email: address, disabledAt: null }, select: { email: true, name: true } });
  if (!user) return;
  const { count } = await hit(bucketKey("signin-alert", address), ALERT_WINDOW);
  if (count !== 1) return;
  await db.$transaction((tx) =>
    queueMail(tx, {
      to: user.email,
      kind: "signin-alert",
      content: { subject: t("subject"), name: user.name, paragraphs: [t("body"), t("whatToDo"), t("ignore")] },
    }),
  );
}
