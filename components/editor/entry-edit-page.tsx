import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { can, type ContentType } from "@/lib/auth/permissions";
import { isStale } from "@/lib/freshness/rules";
import { allowedTransitions } from "@/lib/content/workflow";
import type { PublicationStatus } from "@/lib/db/enums";
import type { PublishReview } from "@/lib/content/publish-readiness";
import { DoneBanner } from "./done-banner";
import { LookalikePanel } from "./lookalike-panel";
import { WorkflowPanel, type WorkflowAction } from "./workflow-panel";

/** What the edit page shows of an entry besides its form. */
export type EditableEntry = { id: string; status: PublicationStatus; version: number; lastVerifiedAt: Date | null; publishedAt: Date | null };

type Props = {
  actor: Actor;
  type: ContentType;
  /** the editor list, e.g. "/redaktion/berater"; preview and history live below it */
  listPath: string;
  /** the public page of the entry (shown while it is published) */
  publicPath: string;
  title: string;
  entry: EditableEntry;
  /** ?meldung=… after a redirecting action */
  notice: string | string[] | undefined;
  transitionAction: WorkflowAction;
  verifyAction: WorkflowAction;
  /** links next to preview and history (e.g. "Einladen") */
  extraLinks?: React.ReactNode;
  /** after a refused publish (?veroeffentlichen=…): the look-alikes to confirm; the form shows missing fields */
  publishReview?: PublishReview | null;
  /** the edit form */
  children: React.ReactNode;
};

/** The edit page of a programme, advisor or provider: navigation, public URL, workflow, form. */
export async function EntryEditPage(props: Props) {
  const { actor, type, listPath, publicPath, title, entry, notice, transitionAction, verifyAction, extraLinks, publishReview, children } = props;
  const t = await getTranslations("editor.edit");
  return (
    <div className="max-w-4xl">
      <p>
        <Link href={listPath}>{t("backToList")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{title}</h1>
      <nav aria-label={t("preview")} className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`${listPath}/${entry.id}/vorschau`}>{t("preview")}</Link>
        <Link href={`${listPath}/${entry.id}/verlauf`}>{t("history")}</Link>
        {extraLinks}
      </nav>
      <p className="mt-3" data-testid="public-url">
        {entry.status === "PUBLISHED" ? (
          <>
            {t("publicUrl")} <Link href={publicPath}>{publicPath}</Link>
          </>
        ) : (
          t("notPublic")
        )}
      </p>
      <div className="mt-6">
        <DoneBanner value={notice} />
      </div>
      {publishReview?.reason === "lookalikes" && publishReview.issues.length === 0 && publishReview.lookalikes.length > 0 && entry.status !== "PUBLISHED" && (
        <LookalikePanel lookalikes={publishReview.lookalikes} listPath={listPath} entityId={entry.id} version={entry.version} transitionAction={transitionAction} />
      )}
      <WorkflowPanel
        entityId={entry.id}
        status={entry.status}
        version={entry.version}
        lastVerifiedAt={entry.lastVerifiedAt?.toISOString() ?? null}
        publishedAt={entry.publishedAt?.toISOString() ?? null}
        transitions={allowedTransitions(actor, type, entry.status)}
        canVerify={can(actor, `${type}.verify`)}
        transitionAction={transitionAction}
        verifyAction={verifyAction}
        stale={isStale(entry.lastVerifiedAt)}
      />
      <div className="mt-8">{children}</div>
    </div>
  );
}
