import type { Metadata } from "next";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { authSecret, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/config";
import { sessionClaims } from "@/lib/auth/session-token";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { DRAFT_ADVISOR_SLUG } from "@/prisma/seed/data/advisors";
import { DRAFT_PROVIDER_SLUG } from "@/prisma/seed/data/providers";
import { EMAILS } from "../overview/actors";

// The finding of issue 11: editor pages put a draft's title into <title> for a visitor with a
// made-up session cookie, because generateMetadata read the entry without the page's guard. Here
// each page's generateMetadata runs with the request's cookie as the real getActor() reads it.
const cookie = vi.hoisted(() => ({ value: undefined as string | undefined }));

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === SESSION_COOKIE.name && cookie.value !== undefined ? { name, value: cookie.value } : undefined) }),
  headers: async () => new Headers(),
}));
// Message lookups outside a request: the key and its values, so a title shows what it was given.
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => (key: string, values?: Record<string, unknown>) => `${namespace}.${key}${values ? ` ${JSON.stringify(values)}` : ""}`,
}));

type Generate = (props: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string>> }) => Promise<Metadata>;
type Page = { path: string; load: () => Promise<{ generateMetadata: Generate }>; entry: () => { id: string; title: string } };

const entries: Record<"programme" | "advisor" | "provider" | "organisation" | "topic", { id: string; title: string }> = {} as never;
const tokens = {} as Record<Role | "forged", string>;

const PAGES: Page[] = [
  { path: "foerderprogramme/[id]", load: () => import("@/app/[locale]/(workspace)/redaktion/foerderprogramme/[id]/page"), entry: () => entries.programme },
  { path: "foerderprogramme/[id]/vorschau", load: () => import("@/app/[locale]/(workspace)/redaktion/foerderprogramme/[id]/vorschau/page"), entry: () => entries.programme },
  { path: "foerderprogramme/[id]/verlauf", load: () => import("@/app/[locale]/(workspace)/redaktion/foerderprogramme/[id]/verlauf/page"), entry: () => entries.programme },
  { path: "berater/[id]", load: () => import("@/app/[locale]/(workspace)/redaktion/berater/[id]/page"), entry: () => entries.advisor },
  { path: "berater/[id]/vorschau", load: () => import("@/app/[locale]/(workspace)/redaktion/berater/[id]/vorschau/page"), entry: () => entries.advisor },
  { path: "berater/[id]/verlauf", load: () => import("@/app/[locale]/(workspace)/redaktion/berater/[id]/verlauf/page"), entry: () => entries.advisor },
  { path: "dienstleister/[id]", load: () => import("@/app/[locale]/(workspace)/redaktion/dienstleister/[id]/page"), entry: () => entries.provider },
  { path: "dienstleister/[id]/vorschau", load: () => import("@/app/[locale]/(workspace)/redaktion/dienstleister/[id]/vorschau/page"), entry: () => entries.provider },
  { path: "dienstleister/[id]/verlauf", load: () => import("@/app/[locale]/(workspace)/redaktion/dienstleister/[id]/verlauf/page"), entry: () => entries.provider },
  { path: "organisationen/[id]", load: () => import("@/app/[locale]/(workspace)/redaktion/organisationen/[id]/page"), entry: () => entries.organisation },
  { path: "themen/thema/[id]", load: () => import("@/app/[locale]/(workspace)/redaktion/themen/thema/[id]/page"), entry: () => entries.topic },
];

beforeAll(async () => {
  const [programme, advisor, provider, organisation, topic] = await Promise.all([
    db.programme.findFirstOrThrow({ where: { status: "DRAFT" }, select: { id: true, title: true } }),
    db.advisor.findUniqueOrThrow({ where: { slug: DRAFT_ADVISOR_SLUG }, select: { id: true, name: true } }),
    db.provider.findUniqueOrThrow({ where: { slug: DRAFT_PROVIDER_SLUG }, select: { id: true, name: true } }),
    db.organisation.findFirstOrThrow({ select: { id: true, name: true } }),
    db.topic.findFirstOrThrow({ select: { id: true, name: true } }),
  ]);
  Object.assign(entries, {
    programme,
    advisor: { id: advisor.id, title: advisor.name },
    provider: { id: provider.id, title: provider.name },
    organisation: { id: organisation.id, title: organisation.name },
    topic: { id: topic.id, title: topic.name },
  });
  for (const [role, email] of [["ADMIN", EMAILS.admin], ["EDITOR", EMAILS.editor], ["ADVISOR", EMAILS.advisor], ["PROVIDER", EMAILS.provider]] as const) {
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true, name: true, email: true, role: true } });
    tokens[role] = await encode({ token: sessionClaims(user), secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
  }
  // Well-formed and naming a real editor, but signed with a secret the server does not have.
  const editor = await db.user.findUniqueOrThrow({ where: { email: EMAILS.editor }, select: { id: true, sessionVersion: true, name: true, email: true, role: true } });
  tokens.forged = await encode({ token: sessionClaims(editor), secret: "a-secret-the-server-does-not-know-0123456789", maxAge: SESSION_MAX_AGE_SECONDS });
});

async function titleFor(page: Page, sessionCookie: string | undefined): Promise<string> {
  cookie.value = sessionCookie;
  const { generateMetadata } = await page.load();
  const metadata = await generateMetadata({ params: Promise.resolve({ id: page.entry().id }), searchParams: Promise.resolve({}) });
  return JSON.stringify(metadata);
}

describe("editor page titles are computed after the permission check", () => {
  for (const page of PAGES) {
    describe(`/redaktion/${page.path}`, () => {
      it("shows the entry's title to an editor (so the refusals below mean something)", async () => {
        expect(await titleFor(page, tokens.EDITOR)).toContain(JSON.stringify(page.entry().title).slice(1, -1));
      });

      it.each([
        ["without a session cookie", () => undefined],
        ["with a made-up session cookie", () => "made-up-session-cookie"],
        ["with a session cookie signed by another secret", () => tokens.forged],
        ["signed in as ADVISOR", () => tokens.ADVISOR],
        ["signed in as PROVIDER", () => tokens.PROVIDER],
      ])("keeps a neutral title %s", async (_, sessionCookie) => {
        expect(await titleFor(page, sessionCookie())).not.toContain(JSON.stringify(page.entry().title).slice(1, -1));
      });
    });
  }
});
