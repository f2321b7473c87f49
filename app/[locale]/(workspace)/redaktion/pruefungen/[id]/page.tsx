import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { translatedKeys } from "@/lib/content/translations";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { getSelfFormOptions } from "@/lib/revision/form-options";
import { getRevisionForReview } from "@/lib/revision/queries";
import { AdvisorSelfForm } from "@/app/[locale]/(workspace)/mein-profil/_components/advisor-self-form";
import { selfFormDefaults } from "@/app/[locale]/(workspace)/mein-profil/_components/defaults";
import { selfFieldLabels, selfValueLabels } from "@/app/[locale]/(workspace)/mein-profil/_components/labels";
import { ProviderSelfForm } from "@/app/[locale]/(workspace)/mein-profil/_components/provider-self-form";
import { ApproveForm, RejectForm } from "../_components/decision-forms";
import { LogoComparison } from "../_components/logo-comparison";
import { RevisionDiff } from "../_components/revision-diff";
import { approveRevisionAction, editAndApproveRevisionAction, rejectRevisionAction } from "./actions";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

/** A provider's description and its translations: compared as plain text. */
const RICH_TEXT_FIELDS = ["description", ...translatedKeys(["description"])];

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requirePermission("revision.review", `/redaktion/pruefungen/${id}`);
  try {
    return await getRevisionForReview(actor, id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, revision] = await Promise.all([getTranslations("selfService.review.detail"), load((await params).id)]);
  if (!revision) return notFoundMetadata();
  return { title: t("title", { entry: String(revision.current.name) }) };
}

export default async function RevisionReviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const [revision, options, t, query] = await Promise.all([load(id), getSelfFormOptions(), getTranslations("selfService.review.detail"), searchParams]);
  if (!revision) return <InPageNotFound />;
  const [labels, valueLabels] = await Promise.all([selfFieldLabels(revision.type), selfValueLabels(options)]);
  const entry = String(revision.current.name);
  const Form = revision.type === "advisor" ? AdvisorSelfForm : ProviderSelfForm;
  const proposedAt = revision.createdAt.getTime();
  const outcome = query.meldung === "approved" || query.meldung === "rejected" ? query.meldung : null;
  return (
    <div className="max-w-5xl space-y-8">
      <p>
        <Link href="/redaktion/pruefungen">{t("back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("title", { entry })}</h1>
      {outcome && (
        <p role="status" className="border-l-4 border-open bg-white p-3 font-semibold">
          {t(`done.${outcome}`)}
        </p>
      )}
      <p>{t("meta", { author: revision.author.name, email: revision.author.email, date: formatDateTime(revision.createdAt) })}</p>
      {revision.status === "PENDING" && revision.changedSinceProposal && (
        <p className="border-l-4 border-closed bg-white p-3 font-semibold">{t("changedSince")}</p>
      )}
      <section aria-labelledby="diff" className="space-y-3">
        <h2 id="diff" className="text-2xl font-bold">{t("diffHeading")}</h2>
        {(revision.changes.length > 0 || !revision.logo) && (
          <RevisionDiff changes={revision.changes} labels={labels} valueLabels={valueLabels} richTextFields={RICH_TEXT_FIELDS} />
        )}
      </section>
      {revision.logo && (
        <section aria-labelledby="logo" className="space-y-3">
          <h2 id="logo" className="text-2xl font-bold">{t("logoHeading")}</h2>
          <LogoComparison entry={entry} change={revision.logo} />
        </section>
      )}
      {revision.status !== "PENDING" ? (
        <p className="font-semibold">{t("closed", { status: t(`statuses.${revision.status}`) })}</p>
      ) : (
        <>
          <section aria-labelledby="decide" className="space-y-6">
            <h2 id="decide" className="text-2xl font-bold">{t("decisionHeading")}</h2>
            <ApproveForm action={approveRevisionAction.bind(null, id, proposedAt)} version={revision.current.version} labels={labels} valueLabels={valueLabels} />
            <h3 className="text-xl font-bold">{t("rejectHeading")}</h3>
            <RejectForm action={rejectRevisionAction.bind(null, id, proposedAt)} />
          </section>
          <section aria-labelledby="edit" className="space-y-4">
            <h2 id="edit" className="text-2xl font-bold">{t("editHeading")}</h2>
            <p>{t("editIntro")}</p>
            <Form
              action={editAndApproveRevisionAction.bind(null, id, proposedAt)}
              defaults={{ ...selfFormDefaults(revision.type, revision.current, revision.proposal), version: String(revision.current.version) }}
              options={options}
              submitLabel={t("editSubmit")}
            />
          </section>
        </>
      )}
    </div>
  );
}
