import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/actions/form-state";
import type { Transition } from "@/lib/content/workflow";
import type { PublicationStatus } from "@/lib/db/enums";
import { formatInstantDay } from "@/lib/format";
import { StatusTag } from "./status-tag";
import { TransitionForm, VerifyForm } from "./workflow-forms";

/** A workflow step's server action (useActionState signature). */
export type WorkflowAction = (state: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  entityId: string;
  status: PublicationStatus;
  version: number;
  lastVerifiedAt: string | null;
  publishedAt: string | null;
  /** what this actor may do from the current status (allowedTransitions) */
  transitions: Transition[];
  canVerify: boolean;
  transitionAction: WorkflowAction;
  verifyAction: WorkflowAction;
  stale?: boolean;
};

/** Status, version and freshness of an entry, with one POST button per allowed step. */
export async function WorkflowPanel(props: Props) {
  const t = await getTranslations("editor.workflow");
  const labels = Object.fromEntries(props.transitions.map((transition) => [transition, t(`transitions.${transition}`)]));
  return (
    <section aria-labelledby="workflow-heading" className="border-2 border-line p-4">
      <h2 id="workflow-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("status")}</dt>
        <dd>
          <StatusTag status={props.status} />
        </dd>
        <dt className="font-semibold">{t("version")}</dt>
        <dd data-testid="entity-version">{props.version}</dd>
        <dt className="font-semibold">{t("lastVerified")}</dt>
        <dd>
          {props.lastVerifiedAt ? formatInstantDay(props.lastVerifiedAt) : t("neverVerified")}
          {props.stale && <strong className="ml-2">{t("staleWarning")}</strong>}
        </dd>
        <dt className="font-semibold">{t("publishedAt")}</dt>
        <dd>{props.publishedAt ? formatInstantDay(props.publishedAt) : t("notPublished")}</dd>
      </dl>
      <div className="mt-4 space-y-4">
        {props.transitions.length > 0 ? (
          <TransitionForm
            key={props.version}
            action={props.transitionAction}
            entityId={props.entityId}
            version={props.version}
            transitions={props.transitions}
            labels={labels}
            legend={t("actionsLegend")}
          />
        ) : (
          <p>{t("noActions")}</p>
        )}
        {props.canVerify && (
          <VerifyForm key={`v-${props.lastVerifiedAt ?? "never"}`} action={props.verifyAction} entityId={props.entityId} label={t("verify")} hint={t("verifyHint")} />
        )}
      </div>
    </section>
  );
}
