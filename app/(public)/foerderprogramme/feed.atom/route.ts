import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { localizedTitleAndSummary } from "@/lib/content/translations";
import { env } from "@/lib/env";
import { localizedPublicUrl } from "@/lib/seo/site-url";
import { buildProgrammeFeed } from "@/lib/subscriptions/atom";
import { subscriptionLocale } from "@/lib/subscriptions/language";
import { PROGRAMMES_ATOM_PATH, absoluteUrl, rawParamsOf, siteHost, withSubscriptionLocale } from "@/lib/subscriptions/links";
import { selectProgrammes } from "@/lib/subscriptions/programme-selection";
import { atomResponse } from "@/lib/subscriptions/responses";

const LIST_PATH = "/foerderprogramme";

// New and changed programmes of any programme-list selection as an Atom feed:
// /foerderprogramme/feed.atom?foerderart=zuschuss takes the list's parameters; unknown ones are
// ignored. Generated per request from the cached reads, like the calendar files. `lang=fr|en`:
// in that language (lib/subscriptions/language.ts).
export async function GET(request: NextRequest) {
  const language = await subscriptionLocale(request.nextUrl.searchParams);
  if ("refusal" in language) return language.refusal;
  const { locale } = language;
  const [selection, t, site] = await Promise.all([
    selectProgrammes(rawParamsOf(request.nextUrl.searchParams)),
    getTranslations({ locale, namespace: "deadlines.atom" }),
    getTranslations({ locale, namespace: "common.site" }),
  ]);
  const page = (path: string) => localizedPublicUrl(path, locale);
  const body = buildProgrammeFeed(
    {
      language: locale,
      title: selection.filterQuery ? t("filteredTitle") : t("allTitle"),
      subtitle: t("subtitle"),
      selfUrl: absoluteUrl(env.SITE_URL, withSubscriptionLocale(`${PROGRAMMES_ATOM_PATH}${selection.filterQuery}`, locale)),
      pageUrl: page(`${LIST_PATH}${selection.filterQuery}`),
      author: { name: site("name"), url: page("/") },
      idDomain: siteHost(env.SITE_URL),
      programmes: selection.programmes.map((p) => ({
        ...p,
        ...localizedTitleAndSummary(p, locale),
        url: page(`${LIST_PATH}/${p.slug}`),
      })),
    },
    selection.latestChange,
  );
  return atomResponse(body);
}
