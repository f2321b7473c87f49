import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getMail } from "@/lib/mail/queries";
import { MailKind } from "../_components/mail-kind";
import { RetryForm } from "../_components/retry-form";
import { retryMailAction } from "./actions";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ meldung?: string | string[] }> };

// The subject only after the permission check (everyone else sees the layout's refusal title).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [actor, { id }] = await Promise.all([getActor(), params]);
  const mail = can(actor, "editor.access") ? await getMail(actor, id) : null;
  return mail ? { title: mail.subject } : notFoundMetadata();
}

export default async function OutboxMessagePage({ params, searchParams }: Props) {
  const [{ id }, { meldung }] = await Promise.all([params, searchParams]);
  const actor = await requirePermission("editor.access", `/redaktion/postausgang/${id}`);
  const [t, mail] = await Promise.all([getTranslations("editor.outbox"), getMail(actor, id)]);
  if (!mail) return <InPageNotFound />;
  // The button is a convenience; lib/mail/retry.ts decides (mail.retry).
  const mayRetry = can(actor, "mail.retry");
  return (
    <article className="max-w-3xl space-y-6">
      <p>
        <Link href="/redaktion/postausgang">{t("back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{mail.subject}</h1>
      {meldung === "erneut" && (
        <p role="status" className="border-l-4 border-open pl-3 font-bold">
          {t("retried")}
        </p>
      )}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("to")}</dt>
        <dd className="break-all">{mail.to}</dd>
        <dt className="font-semibold">{t("kind")}</dt>
        <dd>
          <MailKind kind={mail.kind} />
        </dd>
        <dt className="font-semibold">{t("createdAt")}</dt>
        <dd>{formatDateTime(mail.createdAt)}</dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{t(`statusLabels.${mail.status}`)}</dd>
        {mail.sentAt && (
          <>
            <dt className="font-semibold">{t("sentAt")}</dt>
            <dd>{formatDateTime(mail.sentAt)}</dd>
          </>
        )}
        <dt className="font-semibold">{t("attempts")}</dt>
        <dd>{mail.attempts}</dd>
        {mail.lastError && (
          <>
            <dt className="font-semibold">{t("error")}</dt>
            <dd className="break-words">{mail.lastError}</dd>
          </>
        )}
      </dl>
      {mail.status === "FAILED" && (
        <section className="space-y-2" data-testid="mail-retry">
          {mail.retryable ? (
            <>
              <p>{t("retryHint")}</p>
              {mayRetry && <RetryForm action={retryMailAction} mailId={mail.id} label={t("retry")} />}
            </>
          ) : (
            <p>{t("linkLostNote")}</p>
          )}
        </section>
      )}
      {mail.body ? (
        <>
          <section aria-labelledby="textfassung">
            <h2 id="textfassung" className="text-xl font-bold">
              {t("textVersion")}
            </h2>
            <p className="mt-2">{t("redactedNote")}</p>
            <pre className="mt-2 whitespace-pre-wrap border-2 border-line p-4 font-sans" data-testid="mail-text">
              {mail.body.text}
            </pre>
          </section>
          <details>
            <summary className="cursor-pointer font-semibold">{t("htmlVersion")}</summary>
            <pre className="mt-2 overflow-x-auto border-2 border-line p-4 text-sm">{mail.body.html}</pre>
          </details>
        </>
      ) : (
        <p data-testid="mail-body-withheld">{t("bodyWithheld")}</p>
      )}
    </article>
  );
}
