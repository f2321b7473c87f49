import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundBody } from "@/components/errors/not-found-body";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.notFound");
  return { title: t("title"), robots: { index: false } };
}

// For unmatched URLs; a page whose entry is missing renders components/errors/in-page-not-found.tsx.
export default function NotFound() {
  return <NotFoundBody />;
}
