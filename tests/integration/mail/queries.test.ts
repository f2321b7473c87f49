import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { getMail, listMail } from "@/lib/mail/queries";
import { queueMail } from "@/lib/mail/queue";

const tag = `it-mail-read-${process.pid}-${Date.now()}`;
const token = randomBytes(32).toString("base64url");
const actor = (role: Role): Actor => ({ id: `id-${role}`, role, name: role, email: `${role}@example.org`, advisorId: null, providerId: null });
let mailId = "";

beforeAll(async () => {
  mailId = await db.$transaction((tx) =>
    queueMail(tx, {
      to: `reader-${tag}@example.org`,
      kind: "password-reset",
      content: { subject: `Test ${tag}`, paragraphs: ["Absatz."], action: { label: "Neues Passwort", url: `http://localhost:3000/passwort-neu/${token}` } },
    }),
  );
});

afterAll(async () => {
  await db.mailMessage.deleteMany({ where: { subject: `Test ${tag}` } });
});

describe("outbox reads", () => {
  it("refuses everyone without editor access, signed out included", async () => {
    for (const role of ["ADVISOR", "PROVIDER"] as const) {
      await expect(listMail(actor(role))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getMail(actor(role), mailId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(listMail(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(getMail(null, mailId)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("tells an editor that a mail exists, to whom and why, never its body", async () => {
    const { items } = await listMail(actor("EDITOR"));
    const listed = items.find((m) => m.id === mailId);
    expect(listed).toMatchObject({ to: `reader-${tag}@example.org`, kind: "password-reset", status: "PENDING", attempts: 0 });
    const detail = await getMail(actor("EDITOR"), mailId);
    expect(detail?.body).toBeNull();
    expect(JSON.stringify({ items, detail })).not.toContain(token);
  });

  it("shows an admin the body, redacted", async () => {
    const detail = await getMail(actor("ADMIN"), mailId);
    expect(detail?.body?.text).toContain("http://localhost:3000/passwort-neu/••••••");
    expect(detail?.body?.html).toContain("/passwort-neu/••••••");
    expect(JSON.stringify(detail)).not.toContain(token);
  });
});
