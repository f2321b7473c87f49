import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { renderMail } from "@/lib/mail/render";
import { redactLink, revealLink } from "@/lib/mail/secret-link";

const token = () => randomBytes(32).toString("base64url");

describe("single-use links in mail", () => {
  it("redacts a token-shaped last segment and nothing else", () => {
    const t = token();
    expect(redactLink(`https://portal.example/passwort-neu/${t}`)).toBe("https://portal.example/passwort-neu/••••••");
    expect(redactLink("https://portal.example/mein-profil")).toBeNull();
    // A long slug is lower case with hyphens: never taken for a token.
    expect(redactLink("https://portal.example/dienstleister/digitalisierungsberatung-handwerk-trier-2026")).toBeNull();
    expect(redactLink("https://portal.example/einladung/kurz", true)).toBe("https://portal.example/einladung/••••••");
  });

  it("renders the bodies without the token and gives the live link apart; revealing restores it", () => {
    const t = token();
    const url = `https://portal.example/einladung/${t}`;
    const mail = renderMail({ subject: "Einladung", paragraphs: [`Oder kopieren Sie ${url}`], action: { label: "Annehmen", url } });
    expect(mail.secretLink).toBe(url);
    expect(mail.text + mail.html).not.toContain(t);
    expect(mail.text).toContain("https://portal.example/einladung/••••••");
    const text = revealLink(mail.text, url);
    expect(text).toContain(`Annehmen:\n${url}`);
    expect(text).toContain(`Oder kopieren Sie ${url}`);
    expect(text).not.toContain("••••••");
  });

  it("leaves a mail without a secret link as it is", () => {
    const mail = renderMail({ subject: "Freigegeben", paragraphs: ["Ok."], action: { label: "Zum Profil", url: "https://portal.example/mein-profil" } });
    expect(mail.secretLink).toBeNull();
    expect(mail.text).toContain("https://portal.example/mein-profil");
  });
});
