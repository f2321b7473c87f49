import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DoneBanner } from "@/components/editor/done-banner";
import { WorkflowPanel } from "@/components/editor/workflow-panel";
import { advisorFormValues } from "@/lib/advisor/editor-form-values";
import { getAdvisorEditorOptions, getAdvisorForEditor } from "@/lib/advisor/editor-queries";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { staleBefore } from "@/lib/content/editor-filters";
import { allowedTransitions } from "@/lib/content/workflow";
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
  const [row, options, t, te, query] = await Promise.all([
    getAdvisorForEditor(id),
    getAdvisorEditorOptions(),
    getTranslations("directoryEditor.advisors.form"),
    getTranslations("programmeEditor.edit"),
    searchParams,
  ]);
  if (!row) notFound();
  const publicPath = `/berater/${row.slug}`;
  return (
    <div className="max-w-4xl">
      <p>
        <Link href="/redaktion/berater">{te("backToList")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("editTitle", { name: row.name })}</h1>
      <nav aria-label={te("preview")} className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/redaktion/berater/${row.id}/vorschau`}>{te("preview")}</Link>
        <Link href={`/redaktion/berater/${row.id}/verlauf`}>{te("history")}</Link>
      </nav>
      <p className="mt-3" data-testid="public-url">
        {row.status === "PUBLISHED" ? (
          <>
            {te("publicUrl")} <Link href={publicPath}>{publicPath}</Link>
          </>
        ) : (
          te("notPublic")
        )}
      </p>
      <div className="mt-6">
        <DoneBanner value={query.meldung} />
      </div>
      <WorkflowPanel
        entityId={row.id}
        status={row.status}
        version={row.version}
        lastVerifiedAt={row.lastVerifiedAt.toISOString()}
        publishedAt={row.publishedAt?.toISOString() ?? null}
        transitions={allowedTransitions(actor, "advisor", row.status)}
        canVerify={can(actor, "advisor.verify")}
        transitionAction={transitionAdvisorAction}
        verifyAction={verifyAdvisorAction}
        stale={row.lastVerifiedAt < staleBefore()}
      />
      <div className="mt-8">
        {/* Keyed by version: after a successful save the form starts fresh from the stored entry. */}
        <AdvisorForm
          key={row.version}
          action={updateAdvisorAction.bind(null, row.id)}
          defaults={advisorFormValues(row)}
          options={options}
          submitLabel={t("save")}
        />
      </div>
    </div>
  );
}
