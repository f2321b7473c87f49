import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { buildProgrammeFeed } from "@/lib/subscriptions/atom";
import { PROGRAMMES_ATOM_PATH, absoluteUrl, rawParamsOf, siteHost } from "@/lib/subscriptions/links";
import { selectProgrammes } from "@/lib/subscriptions/programme-selection";
import { atomResponse } from "@/lib/subscriptions/responses";

const LIST_PATH = "/foerderprogramme";

// New and changed programmes of any programme-list selection as an Atom feed:
// /foerderprogramme/feed.atom?foerderart=zuschuss takes the list's parameters; unknown ones are
// ignored. Generated per request from the cached reads, like the calendar files.
export async function GET(request: NextRequest) {
  const [selection, t, site] = await Promise.all([
    selectProgrammes(rawParamsOf(request.nextUrl.searchParams)),
    getTranslations({ locale: DEFAULT_LOCALE, namespace: "deadlines.atom" }),
    getTranslations({ locale: DEFAULT_LOCALE, namespace: "common.site" }),
  ]);
  const body = buildProgrammeFeed(
    {
      title: selection.filterQuery ? t("filteredTitle") : t("allTitle"),
      subtitle: t("subtitle"),
      selfUrl: absoluteUrl(env.SITE_URL, `${PROGRAMMES_ATOM_PATH}${selection.filterQuery}`),
      pageUrl: absoluteUrl(env.SITE_URL, `${LIST_PATH}${selection.filterQuery}`),
      author: { name: site("name"), url: absoluteUrl(env.SITE_URL, "/") },
      idDomain: siteHost(env.SITE_URL),
      programmes: selection.programmes.map((p) => ({ ...p, url: absoluteUrl(env.SITE_URL, `${LIST_PATH}/${p.slug}`) })),
    },
    selection.latestChange,
  );
  return atomResponse(body);
}
