import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdvisorDetail } from "@/components/advisor/advisor-detail";
import { getAdvisor } from "@/lib/advisor/cached";
import { expireRenderAt } from "@/lib/cache/expire-render";
import { detailMetadata } from "@/lib/detail-metadata";
import { earliestStatusChange } from "@/lib/programme/status";

interface Props {
  params: Promise<{ slug: string }>;
}

// Rendered on first request, then cached; edits revalidate it by tag, and the cached page
// expires when the status of a listed programme changes (expireRenderAt).
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const advisor = await getAdvisor((await params).slug);
  return detailMetadata(advisor && { title: advisor.name, description: advisor.summary });
}

export default async function AdvisorPage({ params }: Props) {
  const advisor = await getAdvisor((await params).slug);
  if (!advisor) notFound();
  await expireRenderAt(earliestStatusChange(advisor.programmes));
  return <AdvisorDetail advisor={advisor} />;
}
