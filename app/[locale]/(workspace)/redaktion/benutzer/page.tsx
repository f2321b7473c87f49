import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { CaptionedTable, LinkRowHeader } from "@/components/ui/captioned-table";
import { lacksPermission, permittedActor } from "@/lib/auth/guard";
import { forbiddenMetadata, InPageForbidden } from "@/components/errors/in-page-forbidden";
import { formatDateTime } from "@/lib/format";
import { listUsers } from "@/lib/user/queries";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  if (await lacksPermission("user.manage")) return forbiddenMetadata();
  const t = await getTranslations("auth.users");
  return { title: t("title"), description: t("intro") };
}

export default async function UsersPage() {
  const actor = await permittedActor("user.manage", "/redaktion/benutzer");
  if (!actor) return <InPageForbidden />;
  const [users, t, roles] = await Promise.all([listUsers(actor), getTranslations("auth.users"), getTranslations("auth.roles")]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <p>
        <Link href="/redaktion/benutzer/neu" className={buttonClass("primary")}>
          {t("create")}
        </Link>
      </p>
      <CaptionedTable caption={t("caption")} columns={[t("name"), t("email"), t("role"), t("status"), t("lastSignIn")]} captionVisible scroll>
        {users.map((user) => {
          const linked = user.advisor?.name ?? user.provider?.name;
          return (
            <tr key={user.id}>
              <LinkRowHeader href={`/redaktion/benutzer/${user.id}`} name={user.name}>
                {user.id === actor.id && <span className="ml-1 text-sm">{t("you")}</span>}
              </LinkRowHeader>
              <td className="border-b border-line p-2 align-top break-all">{user.email}</td>
              <td className="border-b border-line p-2 align-top">
                {roles(user.role)}
                {linked && <span className="block text-sm text-muted">{t("linkedTo", { name: linked })}</span>}
              </td>
              <td className="border-b border-line p-2 align-top">{user.state === "disabled" ? <strong>{t("disabled")}</strong> : t(user.state)}</td>
              <td className="border-b border-line p-2 align-top">{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : t("never")}</td>
            </tr>
          );
        })}
      </CaptionedTable>
    </div>
  );
}
