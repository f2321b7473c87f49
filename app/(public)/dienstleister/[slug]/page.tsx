import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProviderDetail } from "@/components/provider/provider-detail";
import { detailMetadata } from "@/lib/detail-metadata";
import { getProvider } from "@/lib/provider/cached";

interface Props {
  params: Promise<{ slug: string }>;
}

// Rendered on first request, then cached; edits revalidate it by tag.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const provider = await getProvider((await params).slug);
  return detailMetadata(provider && { title: provider.name, description: provider.summary });
}

export default async function ProviderPage({ params }: Props) {
  const provider = await getProvider((await params).slug);
  if (!provider) notFound();
  return <ProviderDetail provider={provider} />;
}
