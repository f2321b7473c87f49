import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { listLinkOptions } from "@/lib/user/queries";
import type { LinkOption } from "./role-fields";

export async function roleLinkOptions(actor: Actor): Promise<{ advisors: LinkOption[]; providers: LinkOption[] }> {
  const { advisors, providers } = await listLinkOptions(actor);
  const plain = (entries: typeof advisors) => entries.map((e) => ({ id: e.id, name: e.name, linkedUserId: e.user?.id ?? null }));
  return { advisors: plain(advisors), providers: plain(providers) };
}
