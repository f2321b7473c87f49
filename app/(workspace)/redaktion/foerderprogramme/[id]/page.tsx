import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DoneBanner } from "@/components/editor/done-banner";
import { WorkflowPanel } from "@/components/editor/workflow-panel";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { staleBefore } from "@/lib/content/editor-filters";
import { allowedTransitions } from "@/lib/content/workflow";
import { getProgrammeForEditor, getProgrammeFormOptions } from "@/lib/programme/editor-queries";
import { transitionProgrammeAction, updateProgrammeAction, verifyProgrammeAction } from "../actions";
import { ProgrammeForm } from "../_components/programme-form";
import { programmeDefaults } from "../_components/defaults";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, row] = await Promise.all([getTranslations("programmeEditor.form"), getProgrammeForEditor((await params).id)]);
  return { title: row ? t("editTitle", { title: row.title }) : undefined };
}

export default async function EditProgrammePage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePermission("programme.update", `/redaktion/foerderprogramme/${id}`);
  const [row, options, t, te, query] = await Promise.all([
    getProgrammeForEditor(id),
    getProgrammeFormOptions(),
    getTranslations("programmeEditor.form"),
    getTranslations("programmeEditor.edit"),
    searchParams,
  ]);
  if (!row) notFound();
  const publicPath = `/foerderprogramme/${row.slug}`;
  return (
    <div className="max-w-4xl">
      <p>
        <Link href="/redaktion/foerderprogramme">{te("backToList")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("editTitle", { title: row.title })}</h1>
      <nav aria-label={te("preview")} className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/redaktion/foerderprogramme/${row.id}/vorschau`}>{te("preview")}</Link>
        <Link href={`/redaktion/foerderprogramme/${row.id}/verlauf`}>{te("history")}</Link>
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
        transitions={allowedTransitions(actor, "programme", row.status)}
        canVerify={can(actor, "programme.verify")}
        transitionAction={transitionProgrammeAction}
        verifyAction={verifyProgrammeAction}
        stale={row.lastVerifiedAt < staleBefore()}
      />
      <div className="mt-8">
        {/* A successful save redirects with ?v=<new version>: the form then starts fresh from the stored
            entry instead of keeping the previous (error) state. Not keyed by row.version itself: a
            refused save without JavaScript renders the newer version and must keep its state. */}
        <ProgrammeForm
          key={typeof query.v === "string" ? query.v : "start"}
          action={updateProgrammeAction}
          defaults={programmeDefaults(row)}
          options={options}
          submitLabel={t("save")}
          entityId={row.id}
        />
      </div>
    </div>
  );
}
