import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { providerFormValues } from "@/lib/provider/editor-form-values";
import { getProviderRegionOptions } from "@/lib/provider/editor-queries";
import { requirePermission } from "@/lib/auth/guard";
import { createProviderAction } from "../actions";
import { ProviderForm } from "../_components/provider-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directoryEditor.providers.form"))("createTitle") };
}

export default async function NewProviderPage() {
  const actor = await requirePermission("provider.create", "/redaktion/dienstleister/neu");
  const [t, te, regions] = await Promise.all([
    getTranslations("directoryEditor.providers.form"),
    getTranslations("editor.edit"),
    getProviderRegionOptions(actor),
  ]);
  return (
    <div className="max-w-4xl">
      <p>
        <Link href="/redaktion/dienstleister">{te("backToList")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("createTitle")}</h1>
      <p className="mt-2 mb-6">{t("createIntro")}</p>
      <ProviderForm action={createProviderAction} defaults={providerFormValues(null)} regions={regions} submitLabel={t("create")} />
    </div>
  );
}
