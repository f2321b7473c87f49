import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getLegalNoticeForEdit, readLegalNotice } from "@/lib/legal-notice/queries";
import { legalNoticeSchema } from "@/lib/legal-notice/schema";
import { saveLegalNotice } from "@/lib/legal-notice/service";
import { demoActor } from "../auth/fixtures";

const SITE = "http://localhost:3000";
let admin: Actor, editor: Actor;
beforeAll(async () => {
  [admin, editor] = await Promise.all([demoActor("admin@regiontrier.example"), demoActor("redaktion@regiontrier.example")]);
});

const form = (overrides: Record<string, string | number> = {}) => ({
  organisationName: "Initiative Region Trier",
  legalForm: "eingetragener Verein (e. V.)",
  street: "Domfreihof 1",
  postalCode: "54290",
  town: "Trier",
  representedBy: "Vorstand: Erika Muster (Vorsitzende)",
  email: "kontakt@region-trier.example",
  phone: "+49 651 12345-0",
  registerCourt: "Amtsgericht Wittlich",
  registerNumber: "VR 12345",
  vatId: "",
  responsibleName: "Erika Muster",
  responsibleAddress: "Domfreihof 1, 54290 Trier",
  signLanguageVideoUrl: "",
  signLanguageCaptionsUrl: "",
  version: 1,
  ...overrides,
});

async function currentVersion() {
  return (await readLegalNotice())?.version ?? 1;
}

describe("Impressum (lib/legal-notice)", () => {
  it("refuses missing legal fields and foreign video origins with German message keys", () => {
    const result = legalNoticeSchema(SITE).safeParse(form({ registerNumber: "", postalCode: "5429", vatId: "123", signLanguageVideoUrl: "https://video.example.com/dgs.mp4" }));
    expect(result.success).toBe(false);
    const errors = result.error!.flatten().fieldErrors as Record<string, string[]>;
    expect(errors.registerNumber).toEqual(["validation.required"]);
    expect(errors.postalCode).toEqual(["validation.postalCode"]);
    expect(errors.vatId).toEqual(["validation.vatId"]);
    expect(errors.signLanguageVideoUrl).toEqual(["validation.ownVideoUrl"]);
  });

  it("accepts a video under /medien or on the portal's own origin, and an optional VAT id", () => {
    for (const url of ["/medien/dgs.mp4", `${SITE}/medien/dgs.mp4`]) {
      expect(legalNoticeSchema(SITE).safeParse(form({ signLanguageVideoUrl: url })).success, url).toBe(true);
    }
    expect(legalNoticeSchema(SITE).safeParse(form({ signLanguageVideoUrl: "/medien/../api/x" })).success).toBe(false);
    expect(legalNoticeSchema(SITE).parse(form({ vatId: "DE123456789" })).vatId).toBe("DE123456789");
  });

  it("holds the video's captions (WebVTT) to the same rule: only from the portal itself", () => {
    for (const url of ["https://video.example.com/dgs.vtt", "//video.example.com/dgs.vtt", "/api/dgs.vtt", "/medien/../api/x", "javascript:alert(1)"]) {
      const result = legalNoticeSchema(SITE).safeParse(form({ signLanguageVideoUrl: "/medien/dgs.mp4", signLanguageCaptionsUrl: url }));
      expect(result.success, url).toBe(false);
      expect((result.error!.flatten().fieldErrors as Record<string, string[]>).signLanguageCaptionsUrl, url).toEqual(["validation.ownCaptionsUrl"]);
    }
    for (const url of ["/medien/dgs.vtt", `${SITE}/medien/dgs.vtt`]) {
      expect(legalNoticeSchema(SITE).parse(form({ signLanguageCaptionsUrl: url })).signLanguageCaptionsUrl, url).toBe(url);
    }
    expect(legalNoticeSchema(SITE).parse(form({ signLanguageCaptionsUrl: "  " })).signLanguageCaptionsUrl).toBeNull();
  });

  it("saves the captions address beside the video's, audited with before and after", async () => {
    const captions = `/medien/dgs-${Date.now()}.vtt`;
    await saveLegalNotice(admin, legalNoticeSchema(SITE).parse(form({ signLanguageVideoUrl: "/medien/dgs.mp4", version: await currentVersion() })));
    const saved = await saveLegalNotice(admin, legalNoticeSchema(SITE).parse(form({ signLanguageVideoUrl: "/medien/dgs.mp4", signLanguageCaptionsUrl: captions, version: await currentVersion() })));
    expect(saved.signLanguageCaptionsUrl).toBe(captions);
    expect((await readLegalNotice())?.signLanguageCaptionsUrl).toBe(captions);
    const audit = await db.auditLog.findFirst({ where: { entityType: "legalNotice", entityId: "site", actorId: admin.id }, orderBy: { createdAt: "desc" } });
    expect(JSON.stringify(audit?.changes)).toContain(captions);
    expect(JSON.stringify(audit?.changes)).toContain("signLanguageCaptionsUrl");
  });

  it("lets an admin save with an audit record in the same write, and refuses editors", async () => {
    const representedBy = `Vorstand ${Date.now()}`;
    const input = legalNoticeSchema(SITE).parse(form({ representedBy, version: await currentVersion() }));
    await expect(saveLegalNotice(editor, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getLegalNoticeForEdit(editor)).rejects.toBeInstanceOf(AppError);

    const saved = await saveLegalNotice(admin, input);
    expect(saved.representedBy).toBe(representedBy);
    expect((await getLegalNoticeForEdit(admin))?.representedBy).toBe(representedBy);
    const audit = await db.auditLog.findFirst({ where: { entityType: "legalNotice", entityId: "site", actorId: admin.id }, orderBy: { createdAt: "desc" } });
    expect(audit?.action).toBe("legalNotice.updated");
    expect(JSON.stringify(audit?.changes)).toContain(representedBy);
  });

  it("refuses a save from an outdated version as a conflict naming the changed field", async () => {
    const start = await currentVersion();
    await saveLegalNotice(admin, legalNoticeSchema(SITE).parse(form({ town: "Trier", version: start })));
    const stale = legalNoticeSchema(SITE).parse(form({ town: "Wittlich", version: start }));
    const error = await saveLegalNotice(admin, stale).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect(Object.keys(((error as AppError).details.current as { changes: Record<string, unknown> }).changes)).toContain("town");
    expect((await readLegalNotice())?.town).toBe("Trier");
  });
});
