import { formatDay } from "@/lib/format";
import type { MailContent } from "@/lib/mail/render";
import type { AlertNews, SelectedProgramme } from "./digest";
import { alertText } from "./texts";

export type DigestSection = { label: string; news: Pick<AlertNews, "changed" | "deadlines"> };

/** One mail for all of an address's alerts that have news: one section per alert. */
export function digestMail(sections: readonly DigestSection[], links: { siteUrl: string; manageUrl: string; unsubscribeUrl: string }): MailContent {
  const line = (p: SelectedProgramme) => {
    const url = `${links.siteUrl}/foerderprogramme/${p.slug}`;
    return p.deadline ? alertText("mail.itemDeadline", { title: p.title, date: formatDay(p.deadline), url }) : alertText("mail.item", { title: p.title, url });
  };
  const count = sections.reduce((sum, s) => sum + s.news.changed.length + s.news.deadlines.length, 0);
  const paragraphs = [alertText("mail.digestIntro")];
  for (const { label, news } of sections) {
    paragraphs.push(alertText("mail.alertHeading", { label }));
    if (news.changed.length) paragraphs.push([alertText("mail.changedHeading"), ...news.changed.map(line)].join("\n"));
    if (news.deadlines.length) paragraphs.push([alertText("mail.deadlinesHeading"), ...news.deadlines.map(line)].join("\n"));
  }
  return {
    subject: alertText("mail.digestSubject", { count }),
    paragraphs,
    action: { label: alertText("mail.manageAction"), url: links.manageUrl, secret: true },
    unsubscribe: { label: alertText("mail.unsubscribe"), url: links.unsubscribeUrl },
  };
}
