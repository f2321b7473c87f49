import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { lacksPermission, permittedActor } from "@/lib/auth/guard";
import { forbiddenMetadata, InPageForbidden } from "@/components/errors/in-page-forbidden";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { roleLinkOptions } from "../link-options";
import { CreateUserForm } from "./create-user-form";

export async function generateMetadata(): Promise<Metadata> {
  if (await lacksPermission("user.manage")) return forbiddenMetadata();
  const t = await getTranslations("auth.users");
  return { title: t("newTitle"), description: t("newIntro") };
}

export default async function NewUserPage() {
  const actor = await permittedActor("user.manage", "/redaktion/benutzer/neu");
  if (!actor) return <InPageForbidden />;
  const [options, t] = await Promise.all([roleLinkOptions(actor), getTranslations("auth.users")]);
  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href="/redaktion/benutzer">{t("back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("newTitle")}</h1>
      <p>{t("newIntro")}</p>
      <CreateUserForm advisors={options.advisors} providers={options.providers} minLength={PASSWORD_MIN_LENGTH} />
    </div>
  );
}
