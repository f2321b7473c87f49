import { localizedText } from "@/lib/content/translations";
import { formatDay } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/routing";
import type { MailContent } from "@/lib/mail/render";
import type { AlertNews, SelectedProgramme } from "./digest";
import { alertTexts } from "./texts";

export type DigestSection = { label: string; news: Pick<AlertNews, "changed" | "deadlines"> };

/**
 * One mail for all of an address's alerts that have news: one section per alert, in the
 * subscriber's language. A programme without a translation keeps its German title (plain text
 * has no lang to mark it); its link leads to its page in the subscriber's language.
 */
export function digestMail(
  sections: readonly DigestSection[],
  links: { siteUrl: string; manageUrl: string; unsubscribeUrl: string },
  locale: Locale,
): MailContent {
  const { alert: t } = alertTexts(locale);
  const line = (p: SelectedProgramme) => {
    const url = `${links.siteUrl}${localizedPath(locale, `/foerderprogramme/${p.slug}`)}`;
    const title = localizedText(p, "title", locale).text;
    return p.deadline ? t("mail.itemDeadline", { title, date: formatDay(p.deadline, locale), url }) : t("mail.item", { title, url });
  };
  const count = sections.reduce((sum, s) => sum + s.news.changed.length + s.news.deadlines.length, 0);
  const paragraphs = [t("mail.digestIntro")];
  for (const { label, news } of sections) {
    paragraphs.push(t("mail.alertHeading", { label }));
    if (news.changed.length) paragraphs.push([t("mail.changedHeading"), ...news.changed.map(line)].join("\n"));
    if (news.deadlines.length) paragraphs.push([t("mail.deadlinesHeading"), ...news.deadlines.map(line)].join("\n"));
  }
  return {
    locale,
    subject: t("mail.digestSubject", { count }),
    paragraphs,
    action: { label: t("mail.manageAction"), url: links.manageUrl, secret: true },
    unsubscribe: { label: t("mail.unsubscribe"), url: links.unsubscribeUrl },
  };
}
