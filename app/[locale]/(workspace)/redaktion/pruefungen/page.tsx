import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { RevisionSection } from "./_components/revision-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("selfService.review");
  return { title: t("title") };
}

// The review queue: one section per kind of proposal, each its own component (profile
// revisions here; provider sign-ups are added as a further section).
export default async function ReviewQueuePage() {
  const actor = await requirePermission("revision.review", "/redaktion/pruefungen");
  const t = await getTranslations("selfService.review");
  return (
    <div className="max-w-5xl space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <RevisionSection actor={actor} />
    </div>
  );
}
