"use client";

import { lazy, Suspense } from "react";
import { useTranslations } from "next-intl";

// The public pages' own component (isRichText → sanitizeRichText → the same styles), so the preview
// is exactly what visitors will see. Loaded on first use: it brings sanitize-html, which the
// editor itself does not need.
const RichText = lazy(() => import("@/components/ui/rich-text").then((m) => ({ default: m.RichText })));

export function RichTextPreview({ html, label }: { html: string; label: string }) {
  const t = useTranslations("editor.richTextEditor");
  return (
    <div role="region" aria-label={t("previewRegion", { label })} className="min-h-24 p-3">
      {html.trim() ? (
        <Suspense fallback={<p className="text-muted">{t("previewLoading")}</p>}>
          <RichText text={html} />
        </Suspense>
      ) : (
        <p className="text-muted">{t("previewEmpty")}</p>
      )}
    </div>
  );
}
