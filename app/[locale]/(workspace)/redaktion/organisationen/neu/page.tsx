import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { OrganisationForm } from "../_components/organisation-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editorOverview.organisations");
  return { title: t("createTitle"), description: t("intro") };
}

export default async function NewOrganisationPage() {
  await requirePermission("organisation.manage", "/redaktion/organisationen/neu");
  const t = await getTranslations("editorOverview.organisations");
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/redaktion/organisationen">{t("backToList")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("createTitle")}</h1>
      <OrganisationForm />
    </div>
  );
}
