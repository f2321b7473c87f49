import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { lacksPermission, permittedActor } from "@/lib/auth/guard";
import { forbiddenMetadata, InPageForbidden } from "@/components/errors/in-page-forbidden";
import { formatDateTime } from "@/lib/format";
import { isAppError } from "@/lib/errors";
import { getUserOrThrow } from "@/lib/user/queries";
import { roleLinkOptions } from "../link-options";
import { RoleForm, StatusForm } from "./account-forms";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ angelegt?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (await lacksPermission("user.manage")) return forbiddenMetadata();
  const { id } = await params;
  const user = await readForMetadata((actor) => getUserOrThrow(actor, id));
  return user ? { title: "Benutzerkonto" } : notFoundMetadata();
}

export default async function UserPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await permittedActor("user.manage", `/redaktion/benutzer/${id}`);
  if (!actor) return <InPageForbidden />;
  const user = await getUserOrThrow(actor, id).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!user) return <InPageNotFound />;
  const [options, t, roles] = await Promise.all([roleLinkOptions(actor), getTranslations("auth.users"), getTranslations("auth.roles")]);
  const current = { role: user.role, advisorId: user.advisorId ?? "", providerId: user.providerId ?? "" };
  return (
    <div className="max-w-2xl space-y-8">
      <p>
        <Link href="/redaktion/benutzer">{t("back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">
        {user.name} {user.id === actor.id && <span className="text-xl font-normal">{t("you")}</span>}
      </h1>
      {query.angelegt === "1" && (
        <div role="status" className="border-l-8 border-open bg-green-50 p-4">
          <p className="font-bold">{t("created")}</p>
        </div>
      )}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("email")}</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-semibold">{t("role")}</dt>
        <dd>{roles(user.role)}</dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{user.disabledAt ? t("isDisabledSince", { date: formatDateTime(user.disabledAt) }) : t(user.state)}</dd>
        <dt className="font-semibold">{t("lastSignIn")}</dt>
        <dd>{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : t("never")}</dd>
      </dl>
      <section aria-labelledby="rolle" className="space-y-3">
        <h2 id="rolle" className="text-2xl font-bold">{t("roleHeading")}</h2>
        <p>{t("roleHint")}</p>
        <RoleForm userId={user.id} current={current} advisors={options.advisors} providers={options.providers} />
      </section>
      <section aria-labelledby="status" className="space-y-3">
        <h2 id="status" className="text-2xl font-bold">{t("statusHeading")}</h2>
        <p>{t("disableHint")}</p>
        <StatusForm userId={user.id} disabled={!!user.disabledAt} />
      </section>
    </div>
  );
}
