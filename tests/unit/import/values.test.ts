import { describe, expect, it } from "vitest";
import { FUNDING_TYPES, SERVICE_CATEGORIES } from "@/lib/facets";
import { enumLabels } from "@/lib/import/columns";
import { cellList, formatGermanDate, matchEnum, parseDate } from "@/lib/import/values";

describe("parseDate", () => {
  it("accepts TT.MM.JJJJ, T.M.JJJJ and JJJJ-MM-TT", () => {
    expect(parseDate("31.03.2027")).toBe("2027-03-31");
    expect(parseDate("1.4.2027")).toBe("2027-04-01");
    expect(parseDate(" 2027-12-01 ")).toBe("2027-12-01");
  });

  it("rejects impossible dates and other formats", () => {
    expect(parseDate("31.02.2027")).toBeUndefined();
    expect(parseDate("2027-13-01")).toBeUndefined();
    expect(parseDate("03/31/2027")).toBeUndefined();
    expect(parseDate("morgen")).toBeUndefined();
  });

  it("29 February only in leap years", () => {
    expect(parseDate("29.02.2028")).toBe("2028-02-29");
    expect(parseDate("29.02.2027")).toBeUndefined();
  });

  it("formats dates back as TT.MM.JJJJ", () => {
    expect(formatGermanDate("2027-03-31")).toBe("31.03.2027");
    expect(formatGermanDate(new Date("2027-03-31T00:00:00Z"))).toBe("31.03.2027");
    expect(formatGermanDate(null)).toBe("");
  });
});

describe("matchEnum", () => {
  const labels = enumLabels("fundingType");
  it("maps URL slugs, enum values and German labels, ignoring case", () => {
    expect(matchEnum("zuschuss", FUNDING_TYPES, labels)).toBe("ZUSCHUSS");
    expect(matchEnum("DARLEHEN", FUNDING_TYPES, labels)).toBe("DARLEHEN");
    expect(matchEnum("geförderte beratung", FUNDING_TYPES, labels)).toBe("BERATUNG");
    expect(matchEnum("erp-prozesse", SERVICE_CATEGORIES, enumLabels("service"))).toBe("ERP_PROZESSE");
  });

  it("does not guess unknown values", () => {
    expect(matchEnum("Kredit", FUNDING_TYPES, labels)).toBeUndefined();
  });
});

describe("cellList", () => {
  it("splits on | and drops blanks; takes JSON arrays as they are", () => {
    expect(cellList(" zuschuss | darlehen||")).toEqual(["zuschuss", "darlehen"]);
    expect(cellList(["a", " b "])).toEqual(["a", "b"]);
    expect(cellList("")).toEqual([]);
    expect(cellList(null)).toEqual([]);
  });
});
