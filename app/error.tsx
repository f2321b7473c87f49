"use client";

import { useTranslations } from "next-intl";
import { ServerErrorBody } from "@/components/errors/server-error-body";

// Never a stack trace to users: the digest is logged server-side by Next.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.error");
  const texts = { title: t("title"), text: t("text"), retry: t("retry"), home: t("home"), search: t("search") };
  return <ServerErrorBody texts={texts} reset={reset} />;
}
