"use client";

import { useEffect, useRef } from "react";
import { Link } from "@/components/navigation/link";
import { useMessages, useTranslations } from "next-intl";
import type { BulkRefusal, BulkSummary } from "@/lib/content/bulk-request";
import { contentLabelTexts } from "@/lib/content/field-label-tables";

/** What a bulk run did and what it refused, per entry and why; takes the focus when it appears. */
export function BulkSummaryView({ summary, base }: { summary: BulkSummary; base: string }) {
  const t = useTranslations("editorBulk");
  const status = useTranslations("editor.status");
  const labels = contentLabelTexts(useMessages(), summary.type);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [summary]);
  const { action, done, refused } = summary;
  const tone = refused.length > 0 ? "border-closed bg-red-50" : "border-open bg-green-50";
  return (
    <section aria-labelledby="bulk-summary-heading" className={`mt-6 border-l-8 p-4 ${tone}`}>
      <h2 id="bulk-summary-heading" ref={heading} tabIndex={-1} className="text-xl font-bold">
        {t("summary.heading")}
      </h2>
      <p className="mt-1 font-bold" data-testid="bulk-summary-counts">
        {t(`summary.done.${action}`, { count: done.length })}, {t("summary.refusedCount", { count: refused.length })}
      </p>
      {refused.length > 0 && (
        <>
          <h3 className="mt-3 font-semibold">{t("summary.refusedHeading")}</h3>
          <ul className="ml-6 list-disc">
            {refused.map((entry) => (
              <li key={entry.id}>
                {entry.label === null ? t("summary.unknownEntry") : <Link href={`${base}/${entry.id}`}>„{entry.label}“</Link>} –{" "}
                {t(`reasons.${entry.reason}`, { status: entry.status ? status(entry.status) : "", fields: missingFields(entry, labels) })}
                {entry.lookalikes && entry.lookalikes.length > 0 && (
                  <ul className="ml-6 list-[circle]">
                    {entry.lookalikes.map((other) => (
                      <li key={other.id}>
                        <Link href={`${base}/${other.id}`}>{other.title}</Link>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {done.length > 0 && (
        <>
          <h3 className="mt-3 font-semibold">{t("summary.doneHeading")}</h3>
          <ul className="ml-6 list-disc">
            {done.map((entry) => (
              <li key={entry.id}>
                <Link href={`${base}/${entry.id}`}>{entry.label}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const missingFields = (entry: BulkRefusal, labels: Record<string, string>) => (entry.fields ?? []).map((field) => labels[field] ?? field).join(", ");
