import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";
import { getSignupForReview } from "@/lib/signup/queries";
import { DecisionForms } from "./decision-forms";
import { SignupFacts } from "./signup-facts";
import { SignupLookalikes } from "./signup-lookalikes";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ entschieden?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const actor = await requirePermission("revision.review", `/redaktion/anmeldungen/${id}`);
  const [t, signup] = await Promise.all([getTranslations("signup.review"), getSignupForReview(actor, id)]);
  if (!signup) return notFoundMetadata();
  return { title: t("detailTitle", { name: signup.name }) };
}

export default async function SignupReviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePermission("revision.review", `/redaktion/anmeldungen/${id}`);
  const [t, signup, { entschieden }] = await Promise.all([getTranslations("signup.review"), getSignupForReview(actor, id), searchParams]);
  if (!signup) return <InPageNotFound />;
  const done = entschieden === "freigegeben" ? t("approved") : entschieden === "abgelehnt" ? t("rejected") : null;
  return (
    <div className="max-w-4xl space-y-8">
      <p>
        <Link href="/redaktion/anmeldungen">{t("back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t("detailTitle", { name: signup.name })}</h1>
      {done && (
        <div role="status" className="border-l-8 border-open bg-green-50 p-4">
          <p className="font-bold">{done}</p>
        </div>
      )}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{t(`statusLabels.${signup.status}`)}</dd>
        <dt className="font-semibold">{t("createdAt")}</dt>
        <dd>{formatDateTime(signup.createdAt)}</dd>
        {signup.confirmedAt && (
          <>
            <dt className="font-semibold">{t("confirmedAt")}</dt>
            <dd>{formatDateTime(signup.confirmedAt)}</dd>
          </>
        )}
        {signup.reviewedAt && (
          <>
            <dt className="font-semibold">{t("reviewedAt")}</dt>
            <dd>{formatDateTime(signup.reviewedAt)}</dd>
          </>
        )}
        {signup.reason && (
          <>
            <dt className="font-semibold">{t("reason")}</dt>
            <dd className="whitespace-pre-line">{signup.reason}</dd>
          </>
        )}
        {signup.provider && (
          <>
            <dt className="font-semibold">{t("editEntry")}</dt>
            <dd>
              <Link href={`/redaktion/dienstleister/${signup.provider.id}`}>{t("editEntryLink")}</Link>
            </dd>
          </>
        )}
        {signup.provider?.status === "PUBLISHED" && (
          <>
            <dt className="font-semibold">{t("publicEntry")}</dt>
            <dd>
              <Link href={`/dienstleister/${signup.provider.slug}`}>{`/dienstleister/${signup.provider.slug}`}</Link>
            </dd>
          </>
        )}
      </dl>
      <SignupFacts signup={signup} />
      <SignupLookalikes lookalikes={signup.lookalikes} />
      {signup.status === "PENDING" && <DecisionForms id={signup.id} />}
    </div>
  );
}
