import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { storedLocale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/routing";
import { queueMail } from "@/lib/mail/queue";
import { alertNews, berlinDateColumn, hasNews, type AlertNews } from "./digest";
import { digestMail } from "./digest-mail";
import { describeAlertQuery } from "./label";
import { alertManagePath, alertUnsubscribePath } from "./links";
import { manageToken } from "./manage-token";
import { loadAlertContext, loadPublishedProgrammes, selectForAlert } from "./selection";

/**
 * The daily `alerts.daily` job: one mail per confirmed address with news, combining all its alerts;
 * none without news. At most one a Berlin day: the UPDATE that claims the day (lastSentDay before
 * today) is the condition, in the transaction that queues the mail and moves the alerts' marks, so
 * a second run the same day, two workers at once or a retried job send nothing twice.
 */
export async function sendAlertDigests(now = new Date()): Promise<{ sent: number; quiet: number }> {
  const day = berlinDateColumn(now);
  const [context, programmes] = [await loadAlertContext(), await loadPublishedProgrammes()];
  const subscribers = await db.alertSubscriber.findMany({
    where: { OR: [{ lastSentDay: null }, { lastSentDay: { lt: day } }], alerts: { some: {} } },
    select: { id: true, email: true, tokenSalt: true, locale: true, alerts: { select: { id: true, query: true, sentUntil: true, announcedDeadlines: true }, orderBy: { createdAt: "asc" } } },
  });
  let sent = 0;
  let quiet = 0;
  for (const subscriber of subscribers) {
    const news = subscriber.alerts.map((alert) => ({ alert, news: alertNews(selectForAlert(programmes, alert.query, context, now), alert, now) }));
    const withNews = news.filter((n) => hasNews(n.news));
    if (withNews.length === 0) {
      quiet++;
      continue;
    }
    const claimed = await db.$transaction(async (tx) => {
      const { count } = await tx.alertSubscriber.updateMany({
        where: { id: subscriber.id, OR: [{ lastSentDay: null }, { lastSentDay: { lt: day } }] },
        data: { lastSentDay: day },
      });
      if (count !== 1) return false;
      for (const { alert, news: n } of withNews) await moveMarks(tx, alert.id, n);
      const token = manageToken(subscriber.tokenSalt);
      const locale = storedLocale(subscriber.locale);
      const content = digestMail(
        withNews.map(({ alert, news: n }) => ({ label: describeAlertQuery(alert.query, context.names, locale), news: n })),
        {
          siteUrl: env.SITE_URL,
          manageUrl: `${env.SITE_URL}${localizedPath(locale, alertManagePath(token))}`,
          unsubscribeUrl: `${env.SITE_URL}${localizedPath(locale, alertUnsubscribePath(token))}`,
        },
        locale,
      );
      await queueMail(tx, { to: subscriber.email, kind: "alert-digest", content });
      return true;
    });
    if (claimed) sent++;
  }
  return { sent, quiet };
}


async function moveMarks(tx: Tx, alertId: string, news: AlertNews) {
  await tx.alert.updateMany({ where: { id: alertId }, data: { sentUntil: news.marks.sentUntil, announcedDeadlines: news.marks.announcedDeadlines } });
}
