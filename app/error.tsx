"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

// Never a stack trace to users: the digest is logged server-side by Next.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("text")}</p>
      <button type="button" onClick={reset} className={`mt-6 ${buttonClass("primary")}`}>
        {t("retry")}
      </button>
    </div>
  );
}
