import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { initiativeFormValues } from "@/lib/initiative/editor-form-values";
import { getInitiativeEditorOptions } from "@/lib/initiative/editor-queries";
import { createInitiativeAction } from "../actions";
import { InitiativeForm } from "../_components/initiative-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("initiativeEditor.form"))("createTitle") };
}

export default async function NewInitiativePage() {
  const actor = await requirePermission("initiative.create", "/redaktion/initiativen/neu");
  const [t, te, options] = await Promise.all([getTranslations("initiativeEditor.form"), getTranslations("editor.edit"), getInitiativeEditorOptions(actor)]);
  return (
    <div className="max-w-4xl">
      <p>
        <Link href="/redaktion/initiativen">{te("backToList")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("createTitle")}</h1>
      <p className="mt-2 mb-6">{t("createIntro")}</p>
      <InitiativeForm action={createInitiativeAction} defaults={initiativeFormValues(null)} options={options} submitLabel={t("create")} />
    </div>
  );
}
