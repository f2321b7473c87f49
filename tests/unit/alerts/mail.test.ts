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
    const content = digestMail([{ label: "Förderart: Zuschuss", news: { changed: [programme], deadlines: [] } }], links);
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
