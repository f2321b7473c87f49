import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EntryEditPage } from "@/components/editor/entry-edit-page";
import { advisorFormValues } from "@/lib/advisor/editor-form-values";
import { getAdvisorEditorOptions, getAdvisorForEditor } from "@/lib/advisor/editor-queries";
import { requirePermission } from "@/lib/auth/guard";
import { transitionAdvisorAction, updateAdvisorAction, verifyAdvisorAction } from "../actions";
import { AdvisorForm } from "../_components/advisor-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, row] = await Promise.all([getTranslations("directoryEditor.advisors.form"), getAdvisorForEditor((await params).id)]);
  return { title: row ? t("editTitle", { name: row.name }) : undefined };
}

export default async function EditAdvisorPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePermission("advisor.update", `/redaktion/berater/${id}`);
  const [row, options, t, query] = await Promise.all([
    getAdvisorForEditor(id),
    getAdvisorEditorOptions(),
    getTranslations("directoryEditor.advisors.form"),
    searchParams,
  ]);
  if (!row) notFound();
  const invite = await getTranslations("selfService.invitation.admin");
  return (
    <EntryEditPage
      actor={actor}
      type="advisor"
      listPath="/redaktion/berater"
      publicPath={`/berater/${row.slug}`}
      title={t("editTitle", { name: row.name })}
      entry={row}
      notice={query.meldung}
      transitionAction={transitionAdvisorAction}
      verifyAction={verifyAdvisorAction}
      extraLinks={<Link href={`/redaktion/einladungen?profil=advisor:${row.id}`}>{invite("inviteLink")}</Link>}
    >
      {/* Keyed by version: after a successful save the form starts fresh from the stored entry. */}
      <AdvisorForm
        key={row.version}
        action={updateAdvisorAction.bind(null, row.id)}
        defaults={advisorFormValues(row)}
        options={options}
        submitLabel={t("save")}
      />
    </EntryEditPage>
  );
}
