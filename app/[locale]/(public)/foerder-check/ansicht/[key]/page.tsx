import { notFound } from "next/navigation";
import { expireRenderAt } from "@/lib/cache/expire-render";
import { decodeListKey } from "@/lib/listing/canonical";
import { getProgrammeCards } from "@/lib/programme/cached";
import { earliestCardChange } from "@/lib/programme/deadline";
import { FoerderCheckPage, foerderCheckMetadata } from "../../_page/foerder-check-page";

interface Props {
  params: Promise<{ key: string }>;
}

// One cached render per canonical answer set (the key is the query in its arriving order;
// anything else redirects to the canonical URL and is not stored). Edits of programmes, advisors
// and providers revalidate it through the tags of the cached card reads; it expires when any
// programme's status or countdown changes, since the result ranks and labels by status.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = foerderCheckMetadata;

export default async function CachedFoerderCheckPage({ params }: Props) {
  const raw = decodeListKey((await params).key);
  if (!raw) notFound();
  await expireRenderAt(earliestCardChange(await getProgrammeCards()));
  return <FoerderCheckPage raw={raw} now={new Date()} />;
}
