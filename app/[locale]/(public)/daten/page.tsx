import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { CaptionedTable } from "@/components/ui/captioned-table";
import { ExternalLink } from "@/components/ui/external-link";
import { Section } from "@/components/ui/section";
import { env } from "@/lib/env";
import { DOWNLOAD_FORMATS, DOWNLOADS, type DownloadName } from "@/lib/open-data/bulk-files";
import { DEFAULT_LIMIT, MAX_LIMIT } from "@/lib/open-data/params";
import { RESOURCES } from "@/lib/open-data/resources";
import { CodeExample } from "./code-example";
import { pageMetadata } from "@/lib/seo/page-metadata";

const LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/deed.de";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("openData.page");
  return pageMetadata({ title: t("title"), description: t("metaDescription"), path: "/daten" });
}

/** What the portal offers as open data, under which licence, and how to fetch it (docs: README "Open data"). */
export default async function OpenDataPage() {
  const t = await getTranslations("openData.page");
  const site = env.SITE_URL.replace(/\/$/, "");
  const publisher = env.OPERATOR_NAME;
  const endpoints = [
    ...RESOURCES.map((resource) => ({ path: `/api/v1/${resource}`, text: t(`endpoint.${resource}`) })),
    { path: "/api/v1/programmes/<slug>", text: t("endpoint.one") },
    { path: "/api/v1/events?zeitraum=vergangen", text: t("endpoint.eventsPast") },
    { path: "/api/v1/openapi.json", text: t("endpoint.openapi") },
  ];
  return (
    <article className="max-w-3xl space-y-8">
      <div>
        <Breadcrumbs items={[{ href: "/daten", label: t("breadcrumb") }]} />
        <h1 className="page-title">{t("title")}</h1>
        <p className="mt-4 text-lg">{t("intro")}</p>
      </div>

      <Section id="was" title={t("whatHeading")}>
        <p className="mb-4">{t("what")}</p>
        <CaptionedTable caption={t("endpointsCaption")} columns={[t("columnPath"), t("columnContent")]}>
          {endpoints.map((endpoint) => (
            <tr key={endpoint.path}>
              <td className="border-b border-line p-2 align-top font-mono text-sm [overflow-wrap:anywhere]">{endpoint.path}</td>
              <td className="border-b border-line p-2 align-top">{endpoint.text}</td>
            </tr>
          ))}
        </CaptionedTable>
      </Section>

      <Section id="dateien" title={t("downloadsHeading")}>
        <p className="mb-4">{t("downloads", { dcatPath: "/daten/dcat.ttl" })}</p>
        <CaptionedTable caption={t("downloadsCaption")} columns={[t("columnDirectory"), t("columnFiles")]}>
          {(Object.keys(DOWNLOADS) as DownloadName[]).map((name) => (
            <tr key={name}>
              <td className="border-b border-line p-2 align-top">{t(`directory.${name}`)}</td>
              <td className="border-b border-line p-2 align-top">
                <ul className="flex flex-wrap gap-x-4">
                  {DOWNLOAD_FORMATS.map((format) => (
                    <li key={format}>
                      {/* a plain link: the file is downloaded, not a page to prefetch */}
                      <a href={`/daten/${name}.${format}`}>{`${name}.${format}`}</a>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </CaptionedTable>
        <p className="mt-2">
          <a href="/daten/dcat.ttl">{t("dcatLink")}</a>
        </p>
      </Section>

      <Section id="lizenz" title={t("licenceHeading")}>
        <p>{t("licence", { publisher, attribution: t("attribution", { publisher }), site })}</p>
        <p className="mt-2">
          <ExternalLink href={LICENCE_URL}>{t("licenceLink")}</ExternalLink>
        </p>
        <p className="mt-2">{t("licenceSources")}</p>
      </Section>

      <Section id="filtern" title={t("pagingHeading")}>
        <p>{t("paging", { defaultLimit: DEFAULT_LIMIT, maxLimit: MAX_LIMIT })}</p>
      </Section>

      <Section id="sprachen" title={t("languagesHeading")}>
        <p>{t("languages")}</p>
      </Section>

      <Section id="grenzen" title={t("limitsHeading")}>
        <p>{t("limits", { limit: env.API_RATE_LIMIT_PER_MINUTE })}</p>
      </Section>

      <Section id="beispiele" title={t("examplesHeading")}>
        <div className="space-y-4">
          <CodeExample label={t("exampleList")} code={`curl '${site}/api/v1/programmes?foerderart=zuschuss&zielgruppe=kmu&status=offen&limit=10'`} />
          <CodeExample label={t("exampleNext")} code={`curl '${site}/api/v1/programmes?foerderart=zuschuss&zielgruppe=kmu&status=offen&limit=10&cursor=<nextCursor>'`} />
          <CodeExample label={t("exampleOne")} code={`curl '${site}/api/v1/programmes/<slug>'`} />
          <CodeExample label={t("exampleLanguage")} code={`curl '${site}/api/v1/programmes/<slug>?lang=fr'`} />
          <CodeExample label={t("exampleConditional")} code={`curl -i -H 'If-None-Match: "<${t("etagPlaceholder")}>"' '${site}/api/v1/programmes/<slug>'`} />
        </div>
      </Section>

      <Section id="openapi" title={t("openapiHeading")}>
        <p>{t("openapi", { path: "/api/v1/openapi.json", searchPath: "/api/v1/search" })}</p>
      </Section>
    </article>
  );
}
