import "server-only";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { DOWNLOADS, type DownloadName } from "./bulk-files";
import { getPublishedStamps } from "./cached";
import { buildDcat } from "./dcat";
import type { JsonAnswer } from "./http";
import { PUBLIC_PATHS } from "./serialize";

// /daten/dcat.ttl: the catalogue of the directories, events and initiatives, dated by their newest entries.
const LANDING: Record<DownloadName, string> = {
  foerderprogramme: PUBLIC_PATHS.programme,
  berater: PUBLIC_PATHS.advisor,
  dienstleister: PUBLIC_PATHS.provider,
  veranstaltungen: "/veranstaltungen",
  initiativen: "/initiativen",
};

export async function dcatAnswer(): Promise<JsonAnswer> {
  const [stamps, t] = await Promise.all([getPublishedStamps(), getTranslations({ locale: DEFAULT_LOCALE, namespace: "openData.dcat" })]);
  const newest = (list: readonly { updatedAt: string }[]) => new Date(Math.max(0, ...list.map((s) => Date.parse(s.updatedAt)))).toISOString();
  const names = Object.keys(DOWNLOADS) as DownloadName[];
  const datasets = names.map((name) => ({
    name,
    title: t(`${name}.title`),
    description: t(`${name}.description`),
    keywords: t(`${name}.keywords`).split(",").map((k) => k.trim()),
    apiPath: `/api/v1/${DOWNLOADS[name]}`,
    landingPath: LANDING[name],
    modified: newest(stamps[DOWNLOADS[name]]),
  }));
  const modified = datasets.map((d) => d.modified).sort().at(-1)!;
  const text = buildDcat({ siteUrl: env.SITE_URL, publisher: env.OPERATOR_NAME, contactEmail: env.OPERATOR_EMAIL, modified, datasets });
  // Unpublishing leaves no newer stamp: the read time of the stamps dates the file.
  return { body: null, file: { text, contentType: "text/turtle; charset=utf-8", fileName: "dcat.ttl" }, lastModified: new Date(stamps.readAt) };
}
