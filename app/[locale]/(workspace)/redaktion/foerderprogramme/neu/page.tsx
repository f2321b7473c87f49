import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { getProgrammeFormOptions } from "@/lib/programme/editor-queries";
import { createProgrammeAction } from "../actions";
import { ProgrammeForm } from "../_components/programme-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmeEditor.form");
  return { title: t("createTitle") };
}

export default async function NewProgrammePage() {
  const actor = await requirePermission("programme.create", "/redaktion/foerderprogramme/neu");
  const [t, te, options] = await Promise.all([
    getTranslations("programmeEditor.form"),
    getTranslations("editor.edit"),
    getProgrammeFormOptions(actor),
  ]);
  return (
    <div className="max-w-4xl">
      <p>
        <Link href="/redaktion/foerderprogramme">{te("backToList")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("createTitle")}</h1>
      <p className="mt-2 mb-6">{t("createIntro")}</p>
      <ProgrammeForm action={createProgrammeAction} options={options} submitLabel={t("create")} />
    </div>
  );
}
