import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import type { Lookalike } from "@/lib/import/lookalikes";
import { LookalikeList } from "./lookalike-list";
import { ConfirmPublishForm } from "./workflow-forms";
import type { WorkflowAction } from "./workflow-panel";

type Props = {
  lookalikes: Lookalike[];
  /** the editor list, e.g. "/redaktion/berater": the look-alikes open in the editor */
  listPath: string;
  entityId: string;
  version: number;
  transitionAction: WorkflowAction;
};

/**
 * After a publish refused for look-alikes: the similar entries, linked, and "Trotzdem
 * veröffentlichen" as a deliberate second step (issue 14, item 7).
 */
export async function LookalikePanel({ lookalikes, listPath, entityId, version, transitionAction }: Props) {
  const t = await getTranslations("editor.publishReview");
  return (
    <section aria-labelledby="lookalikes-heading" className="mb-6 border-4 border-closed p-4" data-testid="lookalikes">
      <h2 id="lookalikes-heading" className="text-xl font-bold">
        {t("lookalikesHeading")}
      </h2>
      <p className="mt-2">{t("lookalikesIntro")}</p>
      <LookalikeList lookalikes={lookalikes} listPath={listPath} />
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <ConfirmPublishForm action={transitionAction} entityId={entityId} version={version} label={t("confirm")} />
        <Link href={`${listPath}/${entityId}`}>{t("cancel")}</Link>
      </div>
    </section>
  );
}
