import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";
import { getMail } from "@/lib/mail/queries";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const mail = await getMail((await params).id);
  return { title: mail?.subject ?? "Postausgang" };
}

// Links in the text version are made clickable so that people testing locally can follow them.
function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}

export default async function OutboxMessagePage({ params }: Props) {
  const { id } = await params;
  await requirePermission("editor.access", `/redaktion/postausgang/${id}`);
  const [t, mail] = await Promise.all([getTranslations("editor.outbox"), getMail(id)]);
  if (!mail) notFound();
  return (
    <article className="max-w-3xl space-y-6">
      <p>
        <Link href="/redaktion/postausgang">{t("back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{mail.subject}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("to")}</dt>
        <dd className="break-all">{mail.to}</dd>
        <dt className="font-semibold">{t("createdAt")}</dt>
        <dd>{formatDateTime(mail.createdAt)}</dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{t(`statusLabels.${mail.status}`)}</dd>
        {mail.lastError && (
          <>
            <dt className="font-semibold">{t("error")}</dt>
            <dd>{mail.lastError}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="textfassung">
        <h2 id="textfassung" className="text-xl font-bold">
          {t("textVersion")}
        </h2>
        <pre className="mt-2 whitespace-pre-wrap border-2 border-line p-4 font-sans" data-testid="mail-text">
          {linkify(mail.text)}
        </pre>
      </section>
      <details>
        <summary className="cursor-pointer font-semibold">{t("htmlVersion")}</summary>
        <pre className="mt-2 overflow-x-auto border-2 border-line p-4 text-sm">{mail.html}</pre>
      </details>
    </article>
  );
}
