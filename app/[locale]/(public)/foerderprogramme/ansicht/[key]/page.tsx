import { expireRenderAt } from "@/lib/cache/expire-render";
import { decodeListKey } from "@/lib/listing/canonical";
import { getFacetData } from "@/lib/listing/facet-data";
import { resolveListKey } from "@/lib/listing/resolve-list-key";
import { getProgrammeCards } from "@/lib/programme/cached";
import { programmeListSchema } from "@/lib/programme/listing";
import { earliestCardChange } from "@/lib/programme/deadline";
import { PATH, ProgrammeListPage, programmeListMetadata } from "../../_list/programme-list-page";

interface Props {
  params: Promise<{ key: string }>;
}

// One cached render per canonical filter combination (see lib/listing/canonical.ts). Edits
// revalidate it by tag; it expires when any listed status or deadline countdown changes, since
// statuses, countdowns and status counts are on the page.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return programmeListMetadata(decodeListKey((await params).key) ?? {});
}

export default async function CachedProgrammeListPage({ params }: Props) {
  const { key } = await params;
  const raw = resolveListKey(key, programmeListSchema((await getFacetData("programme")).slugs), PATH);
  await expireRenderAt(earliestCardChange(await getProgrammeCards()));
  return <ProgrammeListPage raw={raw} />;
}
