import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProgrammeDetail } from "@/components/programme/programme-detail";
import { detailMetadata } from "@/lib/detail-metadata";
import { getProgramme } from "@/lib/programme/cached";
import { expireRenderAt } from "@/lib/cache/expire-render";
import { nextStatusChange } from "@/lib/programme/status";

interface Props {
  params: Promise<{ slug: string }>;
}

// Rendered on first request, then cached; edits revalidate it by tag, and the cached page
// expires the instant its derived status changes (expireRenderAt).
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const programme = await getProgramme((await params).slug);
  return detailMetadata(programme && { title: programme.title, description: programme.summary });
}

export default async function ProgrammePage({ params }: Props) {
  const programme = await getProgramme((await params).slug);
  if (!programme) notFound();
  await expireRenderAt(nextStatusChange(programme));
  return <ProgrammeDetail programme={programme} />;
}
