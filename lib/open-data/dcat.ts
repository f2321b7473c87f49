// The DCAT-AP.de description of the portal's open data (/daten/dcat.ttl): one catalogue, one data
// set per directory, each with its distributions (CSV, JSON, the API). Vocabularies: DCAT-AP.de 2
// (https://www.dcat-ap.de/def/), the EU's frequency and file-type tables, licence URIs of
// dcat-ap.de. Written by hand as Turtle (few triples, literals escaped below); tests parse it with
// an RDF library and check the mandatory and recommended properties (tests/unit/open-data/dcat.test.ts).

export interface DcatInput {
  siteUrl: string;
  publisher: string;
  contactEmail: string;
  /** ISO instant of the catalogue's last change */
  modified: string;
  datasets: DcatDataset[];
}

export interface DcatDataset {
  /** the file name under /daten without extension, e.g. foerderprogramme */
  name: string;
  title: string;
  description: string;
  keywords: string[];
  /** the API list endpoint, e.g. /api/v1/programmes */
  apiPath: string;
  /** the public list page, e.g. /foerderprogramme */
  landingPath: string;
  modified: string;
}

export const DCAT_LICENCE = "http://dcat-ap.de/def/licenses/cc-by/4.0";
const FREQUENCY_DAILY = "http://publications.europa.eu/resource/authority/frequency/DAILY";
const FILE_TYPE = { csv: "http://publications.europa.eu/resource/authority/file-type/CSV", json: "http://publications.europa.eu/resource/authority/file-type/JSON" } as const;
const MEDIA_TYPE = { csv: "https://www.iana.org/assignments/media-types/text/csv", json: "https://www.iana.org/assignments/media-types/application/json" } as const;
// Data theme "Economy and finance" of the EU's vocabulary (dcat:theme, mandatory for GovData).
const THEME_ECON = "http://publications.europa.eu/resource/authority/data-theme/ECON";
// The Land Rheinland-Pfalz (state key 07): the region (the former Regierungsbezirk Trier) lies in it.
const SPATIAL = "http://dcat-ap.de/def/politicalGeocoding/stateKey/07";
const LANGUAGE = "http://publications.europa.eu/resource/authority/language/DEU";

/** A Turtle string literal: backslash, quote and line breaks escaped. */
export function literal(text: string, language?: string): string {
  const escaped = text.replaceAll("\\", "\\\\").replaceAll('"', '\\"').replaceAll("\n", "\\n").replaceAll("\r", "\\r");
  return `"${escaped}"${language ? `@${language}` : ""}`;
}

const iri = (value: string) => `<${value}>`;
const dateTime = (iso: string) => `"${iso}"^^xsd:dateTime`;

export function buildDcat({ siteUrl, publisher, contactEmail, modified, datasets }: DcatInput): string {
  const at = (path: string) => new URL(path, siteUrl).toString();
  const publisherNode = iri(at("/daten#herausgeber"));
  const contactNode = iri(at("/daten#kontakt"));
  const attribution = literal(`Digitale Region Trier, ${publisher}`);
  const lines: string[] = [
    "@prefix dcat: <http://www.w3.org/ns/dcat#> .",
    "@prefix dct: <http://purl.org/dc/terms/> .",
    "@prefix dcatde: <http://dcat-ap.de/def/dcatde/> .",
    "@prefix foaf: <http://xmlns.com/foaf/0.1/> .",
    "@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .",
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
    "",
    `${iri(at("/daten/dcat.ttl#katalog"))} a dcat:Catalog ;`,
    `  dct:title ${literal("Digitale Region Trier – Offene Daten", "de")} ;`,
    `  dct:description ${literal("Förderprogramme, Beratung, Digital-Dienstleister, Veranstaltungen und Initiativen für die Digitalisierung in der Region Trier.", "de")} ;`,
    `  dct:publisher ${publisherNode} ;`,
    `  foaf:homepage ${iri(at("/daten"))} ;`,
    `  dct:language ${iri(LANGUAGE)} ;`,
    `  dct:license ${iri(DCAT_LICENCE)} ;`,
    `  dct:modified ${dateTime(modified)} ;`,
    `  dcat:dataset ${datasets.map((d) => iri(at(`/daten#${d.name}`))).join(", ")} .`,
    "",
    `${publisherNode} a foaf:Agent, foaf:Organization ;`,
    `  foaf:name ${literal(publisher)} ;`,
    `  foaf:homepage ${iri(at("/"))} .`,
    "",
    `${contactNode} a vcard:Organization ;`,
    `  vcard:fn ${literal(publisher)} ;`,
    `  vcard:hasEmail ${iri(`mailto:${contactEmail}`)} .`,
  ];
  for (const d of datasets) {
    const node = iri(at(`/daten#${d.name}`));
    const distributions = (["csv", "json"] as const).map((format) => ({ format, node: iri(at(`/daten/${d.name}.${format}#distribution`)), url: at(`/daten/${d.name}.${format}`) }));
    const apiNode = iri(at(`${d.apiPath}#distribution`));
    lines.push(
      "",
      `${node} a dcat:Dataset ;`,
      `  dct:identifier ${literal(at(`/daten#${d.name}`))} ;`,
      `  dct:title ${literal(d.title, "de")} ;`,
      `  dct:description ${literal(d.description, "de")} ;`,
      `  dct:publisher ${publisherNode} ;`,
      `  dcatde:maintainer ${publisherNode} ;`,
      `  dcat:contactPoint ${contactNode} ;`,
      `  dcat:theme ${iri(THEME_ECON)} ;`,
      `  dcat:keyword ${d.keywords.map((k) => literal(k, "de")).join(", ")} ;`,
      `  dct:spatial ${iri(SPATIAL)} ;`,
      `  dct:language ${iri(LANGUAGE)} ;`,
      `  dct:accrualPeriodicity ${iri(FREQUENCY_DAILY)} ;`,
      `  dcat:landingPage ${iri(at(d.landingPath))} ;`,
      `  dct:modified ${dateTime(d.modified)} ;`,
      `  dcat:distribution ${[...distributions.map((x) => x.node), apiNode].join(", ")} .`,
    );
    for (const x of distributions) {
      lines.push(
        "",
        `${x.node} a dcat:Distribution ;`,
        `  dct:title ${literal(`${d.title} (${x.format.toUpperCase()})`, "de")} ;`,
        `  dcat:accessURL ${iri(x.url)} ;`,
        `  dcat:downloadURL ${iri(x.url)} ;`,
        `  dct:format ${iri(FILE_TYPE[x.format])} ;`,
        `  dcat:mediaType ${iri(MEDIA_TYPE[x.format])} ;`,
        `  dct:license ${iri(DCAT_LICENCE)} ;`,
        `  dcatde:licenseAttributionByText ${attribution} ;`,
        `  dct:modified ${dateTime(d.modified)} .`,
      );
    }
    lines.push(
      "",
      `${apiNode} a dcat:Distribution ;`,
      `  dct:title ${literal(`${d.title} (API)`, "de")} ;`,
      `  dct:description ${literal(`Seitenweise als JSON; Beschreibung: ${at("/api/v1/openapi.json")}`, "de")} ;`,
      `  dcat:accessURL ${iri(at(d.apiPath))} ;`,
      `  dct:format ${iri(FILE_TYPE.json)} ;`,
      `  dcat:mediaType ${iri(MEDIA_TYPE.json)} ;`,
      `  dct:conformsTo ${iri(at("/api/v1/openapi.json"))} ;`,
      `  dct:license ${iri(DCAT_LICENCE)} ;`,
      `  dcatde:licenseAttributionByText ${attribution} .`,
    );
  }
  return `${lines.join("\n")}\n`;
}
