import { Parser, Store, DataFactory } from "n3";
import { describe, expect, it } from "vitest";
import { buildDcat, DCAT_LICENCE, literal } from "@/lib/open-data/dcat";

// DCAT-AP.de has SHACL shapes, but no SHACL validator works here offline, so this is the
// documented checklist of DCAT-AP.de 2 (https://www.dcat-ap.de/def/dcatde/2.0/spec/): the
// properties it makes mandatory ("Pflicht") and those GovData and the issue ask for (licence,
// publisher, update frequency, distributions), checked on the parsed graph (n3).
const { namedNode } = DataFactory;
const NS = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  dcatde: "http://dcat-ap.de/def/dcatde/",
};
const p = (prefix: keyof typeof NS, local: string) => namedNode(`${NS[prefix]}${local}`);

const input = {
  siteUrl: "https://portal.example/",
  publisher: "Initiative Region Trier e. V.",
  contactEmail: "kontakt@example.org",
  modified: "2026-12-06T06:00:00.000Z",
  datasets: ["foerderprogramme", "berater", "dienstleister"].map((name) => ({
    name,
    title: `Titel "${name}"\nmit Umbruch`,
    description: `Beschreibung ${name} \\ mit Backslash`,
    keywords: ["Digitalisierung", "Region Trier"],
    apiPath: `/api/v1/${name}`,
    landingPath: `/${name}`,
    modified: "2026-12-05T10:00:00.000Z",
  })),
};

function graph(text: string): Store {
  return new Store(new Parser({ format: "text/turtle" }).parse(text));
}

const CATALOGUE_MANDATORY = [p("dct", "title"), p("dct", "description"), p("dct", "publisher"), p("dcat", "dataset")];
const DATASET_MANDATORY = [p("dct", "title"), p("dct", "description"), p("dct", "publisher"), p("dcat", "distribution"), p("dcat", "contactPoint"), p("dcat", "theme"), p("dct", "accrualPeriodicity"), p("dcat", "keyword"), p("dct", "modified"), p("dct", "identifier")];
const DISTRIBUTION_MANDATORY = [p("dcat", "accessURL"), p("dct", "license"), p("dct", "format"), p("dcatde", "licenseAttributionByText")];

describe("the DCAT-AP.de catalogue", () => {
  const store = graph(buildDcat(input));
  const ofType = (type: string) => store.getSubjects(p("rdf", "type"), namedNode(type), null);

  it("is valid Turtle with one catalogue, three data sets and three distributions each", () => {
    expect(ofType(`${NS.dcat}Catalog`)).toHaveLength(1);
    expect(ofType(`${NS.dcat}Dataset`)).toHaveLength(3);
    expect(ofType(`${NS.dcat}Distribution`)).toHaveLength(9);
  });

  it("gives the catalogue, each data set and each distribution their mandatory properties", () => {
    const missing: string[] = [];
    const check = (subjects: ReturnType<typeof ofType>, properties: ReturnType<typeof p>[]) => {
      for (const subject of subjects) for (const property of properties) if (store.getObjects(subject, property, null).length === 0) missing.push(`${subject.value} ${property.value}`);
    };
    check(ofType(`${NS.dcat}Catalog`), CATALOGUE_MANDATORY);
    check(ofType(`${NS.dcat}Dataset`), DATASET_MANDATORY);
    check(ofType(`${NS.dcat}Distribution`), DISTRIBUTION_MANDATORY);
    expect(missing).toEqual([]);
  });

  it("names the licence (dcat-ap.de CC BY 4.0), a daily update frequency and the publisher as a named agent", () => {
    for (const distribution of ofType(`${NS.dcat}Distribution`)) {
      expect(store.getObjects(distribution, p("dct", "license"), null).map((o) => o.value)).toEqual([DCAT_LICENCE]);
    }
    for (const dataset of ofType(`${NS.dcat}Dataset`)) {
      expect(store.getObjects(dataset, p("dct", "accrualPeriodicity"), null).map((o) => o.value)).toEqual(["http://publications.europa.eu/resource/authority/frequency/DAILY"]);
      const [publisher] = store.getObjects(dataset, p("dct", "publisher"), null);
      expect(store.getObjects(publisher!, p("foaf", "name"), null).map((o) => o.value)).toEqual([input.publisher]);
    }
  });

  it("links the CSV and JSON files by their stable addresses", () => {
    const downloads = store.getObjects(null, p("dcat", "downloadURL"), null).map((o) => o.value).sort();
    expect(downloads).toEqual(
      ["berater", "dienstleister", "foerderprogramme"].flatMap((name) => [`https://portal.example/daten/${name}.csv`, `https://portal.example/daten/${name}.json`]),
    );
  });

  it("keeps quotes, line breaks and backslashes of texts intact", () => {
    const titles = store.getObjects(null, p("dct", "title"), null).map((o) => o.value);
    expect(titles).toContain('Titel "berater"\nmit Umbruch');
    expect(store.getObjects(null, p("dct", "description"), null).map((o) => o.value)).toContain("Beschreibung berater \\ mit Backslash");
    expect(() => graph(`<urn:a> <urn:b> ${literal('x"\\')} .`)).not.toThrow();
  });
});
