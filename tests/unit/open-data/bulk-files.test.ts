import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/import/csv";
import { flattenRecord, parseDownloadFile, recordsToCsv } from "@/lib/open-data/bulk-files";

describe("bulk CSV files", () => {
  const records = [
    { id: "a", title: "Zuschuss; digital", topics: ["ki", "web"], legalBasis: { title: "Richtlinie", url: null }, successors: [{ slug: "nachfolger", title: "N" }], amountMax: 5000 },
    { id: "b", title: "=HYPERLINK(\"x\")", topics: [], legalBasis: { title: null, url: "https://example.org" }, successors: [], amountMax: null },
  ];

  it("starts with a BOM, separates with ';' and round-trips through the import's parser", () => {
    const text = recordsToCsv(records);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, first, second] = parseCsv(text.slice(1), ";");
    expect(header!.cells).toEqual(["id", "title", "topics", "legalBasisTitle", "legalBasisUrl", "successors", "amountMax"]);
    expect(first!.cells).toEqual(["a", "Zuschuss; digital", "ki, web", "Richtlinie", "", "nachfolger", "5000"]);
    // a formula is written as text (CSV injection)
    expect(second!.cells[1]).toBe("'=HYPERLINK(\"x\")");
  });

  it("flattens one level of nesting into camelCase columns", () => {
    expect(flattenRecord({ contact: { name: "A", email: null } })).toEqual({ contactName: "A", contactEmail: "" });
  });

  it("knows only the directories' stable file names", () => {
    expect(parseDownloadFile("foerderprogramme.csv")).toEqual({ name: "foerderprogramme", format: "csv" });
    expect(parseDownloadFile("berater.json")).toEqual({ name: "berater", format: "json" });
    expect(parseDownloadFile("constructor.csv")).toBeNull();
    expect(parseDownloadFile("foerderprogramme.xlsx")).toBeNull();
  });
});
