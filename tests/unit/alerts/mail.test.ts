import { describe, expect, it } from "vitest";
import { digestMail } from "@/lib/alerts/digest-mail";
import type { SelectedProgramme } from "@/lib/alerts/digest";
import { unsubscribeHeaders } from "@/lib/mail/list-unsubscribe";
import { renderMail } from "@/lib/mail/render";
import { REDACTED, revealLink } from "@/lib/mail/secret-link";

const token = "Ab_cdefghijklmnopqrstuvwxyz0123456789ABCDEF";
const links = {
  siteUrl: "https://portal.example",
  manageUrl: `https://portal.example/benachrichtigungen/verwalten/${token}`,
  unsubscribeUrl: `https://portal.example/benachrichtigungen/abmelden/${token}`,
};
const programme = { id: "p1", slug: "digitalbonus", title: "Digitalbonus <RLP>", deadline: "2026-12-20" } as SelectedProgramme;

describe("alert digest mail", () => {
  it("lists each alert's news with links, and stores both secret links redacted", () => {
    const content = digestMail([{ label: "Förderart: Zuschuss", news: { changed: [programme], deadlines: [] } }], links, "de");
    expect(content.subject).toBe("Neues zu Ihren Förderprogrammen (1 Hinweis)");
    const rendered = renderMail(content);
    expect(rendered.text).toContain("Ihre Benachrichtigung: Förderart: Zuschuss");
    expect(rendered.text).toContain("– Digitalbonus <RLP> (Frist: 20.12.2026)\n  https://portal.example/foerderprogramme/digitalbonus");
    expect(rendered.html).toContain("Digitalbonus &lt;RLP&gt;");
    for (const body of [rendered.text, rendered.html]) expect(body).not.toContain(token);
    expect(rendered.text).toContain(`/benachrichtigungen/abmelden/${REDACTED}`);
    expect([rendered.secretLink, rendered.unsubscribeLink]).toEqual([links.manageUrl, links.unsubscribeUrl]);
    // Delivery puts both back, each where it belongs.
    const sent = [rendered.secretLink!, rendered.unsubscribeLink!].reduce((body, link) => revealLink(body, link), rendered.text);
    expect(sent).toContain(links.manageUrl);
    expect(sent).toContain(links.unsubscribeUrl);
  });

  it("speaks the subscriber's language: French texts, dates, titles where translated and links to the French pages", () => {
    const translated = { ...programme, slug: "isb", title: "ISB-Digitalbonus", titleFr: "Bonus numérique ISB", deadline: "2026-12-24" } as SelectedProgramme;
    const content = digestMail([{ label: "Type d'aide : Subvention", news: { changed: [programme], deadlines: [translated] } }], links, "fr");
    expect(content.locale).toBe("fr");
    expect(content.subject).toBe("Du nouveau sur vos programmes d'aide (2 informations)");
    const rendered = renderMail(content);
    expect(rendered.html).toContain('<html lang="fr">');
    // (French puts a non-breaking space before the colon)
    expect(rendered.text).toMatch(/– Bonus numérique ISB \(échéance\s: 24\/12\/2026\)\n {2}https:\/\/portal\.example\/fr\/foerderprogramme\/isb\n/);
    // Without a translation the German title stays; the link still opens the French page.
    expect(rendered.text).toMatch(/– Digitalbonus <RLP> \(échéance\s: 20\/12\/2026\)\n {2}https:\/\/portal\.example\/fr\/foerderprogramme\/digitalbonus\n/);
    expect(rendered.text).not.toMatch(/Guten Tag|Mit freundlichen Grüßen/);
  });

  it("writes the link's validity in the addressee's language and time format", () => {
    const action = { label: "Bestätigen", url: "https://portal.example/x", validUntil: new Date("2026-12-03T13:00:00Z") };
    expect(renderMail({ subject: "x", paragraphs: [], action }).text).toContain("Der Link ist bis 03.12.2026, 14:00 Uhr gültig");
    expect(renderMail({ locale: "en", subject: "x", paragraphs: [], action }).text).toMatch(/The link works until 03\/12\/2026, 14:00 and/);
  });

  it("a mail without an unsubscribe link has none and no List-Unsubscribe headers", () => {
    expect(renderMail({ subject: "x", paragraphs: ["y"] }).unsubscribeLink).toBeNull();
    expect(unsubscribeHeaders(null)).toBeUndefined();
  });

  it("sends RFC 8058 one-click headers with the https link", () => {
    expect(unsubscribeHeaders(links.unsubscribeUrl)).toEqual({
      "List-Unsubscribe": `<${links.unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });
});
