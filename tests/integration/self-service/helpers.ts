import { loadAdvisorState } from "@/lib/advisor/editor-state";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { loadProviderState } from "@/lib/provider/editor-state";
import { selfFields, type RevisionEntityType } from "@/lib/revision/schema";

export { actorFor, expectAppError, EDITOR, ADVISOR, PROVIDER } from "../directory-editor/helpers";

/** The newest mail to an address and the token of the link it carries to `path` (the live link waits in secretLink until sent). */
export async function tokenFromMail(address: string, path = "einladung"): Promise<string> {
  const mail = await db.mailMessage.findFirstOrThrow({ where: { toAddress: address }, orderBy: { createdAt: "desc" } });
  const match = new RegExp(`/${path}/([A-Za-z0-9_-]+)`).exec(mail.secretLink ?? "");
  if (!match) throw new Error(`no /${path}/ link in the mail to ${address}`);
  return match[1]!;
}

/** A published advisor without any account, other than the demo one. */
export async function freeAdvisor(skip: string[] = []) {
  return db.advisor.findFirstOrThrow({
    where: { status: "PUBLISHED", user: null, slug: { notIn: ["katharina-lenz", ...skip] } },
    select: { id: true, slug: true, name: true },
    orderBy: { slug: "asc" },
  });
}

export async function freeProvider() {
  return db.provider.findFirstOrThrow({
    where: { status: "PUBLISHED", user: null, slug: { not: "moselbyte-digital" } },
    select: { id: true, slug: true, name: true },
    orderBy: { slug: "asc" },
  });
}

export const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

export const forgedActor = (base: Actor, changes: Partial<Actor>): Actor => ({ ...base, ...changes });

/** The entry's saved self-service fields (what the own-profile form starts from), with `changes` laid over them. */
export async function ownValues(type: RevisionEntityType, id: string, changes: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const state: Record<string, unknown> | null = await db.$transaction((tx) => (type === "advisor" ? loadAdvisorState(tx, id) : loadProviderState(tx, id)) as Promise<Record<string, unknown> | null>);
  if (!state) throw new Error(`no ${type} ${id}`);
  return { ...Object.fromEntries(selfFields(type).map((field) => [field, state[field]])), ...changes };
}
