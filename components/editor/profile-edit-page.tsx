import { Fragment } from "react";
import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import type { PublishReview } from "@/lib/content/publish-readiness";
import { EntryEditPage, type EditableEntry } from "./entry-edit-page";
import { notFoundMetadata } from "@/components/errors/in-page-not-found";
import type { WorkflowAction } from "./workflow-panel";

type ProfileType = "advisor" | "provider";

/** Where each directory type lives in the editor area and in public, and which messages name it. */
const PROFILE_EDITORS = {
  advisor: { listPath: "/redaktion/berater", publicPath: "/berater", messages: "directoryEditor.advisors.form" },
  provider: { listPath: "/redaktion/dienstleister", publicPath: "/dienstleister", messages: "directoryEditor.providers.form" },
} as const;

/** The edit page's title ("… bearbeiten: <name>"); none while the entry is missing (the page renders not-found). */
export async function profileEditMetadata(type: ProfileType, entry: Promise<{ name: string } | null>): Promise<Metadata> {
  const [t, row] = await Promise.all([getTranslations(PROFILE_EDITORS[type].messages), entry]);
  return row ? { title: t("editTitle", { name: row.name }) } : notFoundMetadata();
}

type Props = {
  actor: Actor;
  type: ProfileType;
  entry: EditableEntry & { name: string; slug: string };
  notice: string | string[] | undefined;
  transitionAction: WorkflowAction;
  verifyAction: WorkflowAction;
  publishReview?: PublishReview | null;
  /** the type's edit form, labelled with the given submit text */
  renderForm: (submitLabel: string) => React.ReactNode;
};

/** The edit page of an advisor or provider: the entry page with a link to invite the person behind the entry. */
export async function ProfileEditPage({ actor, type, entry, notice, transitionAction, verifyAction, publishReview, renderForm }: Props) {
  const { listPath, publicPath, messages } = PROFILE_EDITORS[type];
  const [t, invite] = await Promise.all([getTranslations(messages), getTranslations("selfService.invitation.admin")]);
  return (
    <EntryEditPage
      actor={actor}
      type={type}
      listPath={listPath}
      publicPath={`${publicPath}/${entry.slug}`}
      title={t("editTitle", { name: entry.name })}
      entry={entry}
      notice={notice}
      transitionAction={transitionAction}
      verifyAction={verifyAction}
      publishReview={publishReview}
      extraLinks={
        <>
          <Link href={`/redaktion/einladungen?profil=${type}:${entry.id}`}>{invite("inviteLink")}</Link>
          {type === "provider" && <Link href={`${listPath}/${entry.id}/logo`}>{t("logoLink")}</Link>}
        </>
      }
    >
      {/* Keyed by version: after a successful save the form starts fresh from the stored entry. */}
      <Fragment key={`${entry.version}-${publishReview?.reason ?? ""}`}>{renderForm(t("save"))}</Fragment>
    </EntryEditPage>
  );
}
