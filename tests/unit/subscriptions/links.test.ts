import { describe, expect, it } from "vitest";
import { absoluteUrl, filterQuery, programmeIcsPath, rawParamsOf, siteHost, webcalUrl } from "@/lib/subscriptions/links";
import { programmeListSchema } from "@/lib/programme/listing";

const schema = programmeListSchema({ topics: ["ki", "software"], kreise: ["trier", "bernkastel-wittlich"] });

describe("filterQuery", () => {
  it("keeps the list's filters in canonical order and drops sort, page and unknown parameters", () => {
    const raw = { thema: ["software", "ki", "ki"], gebiet: "trier", sortierung: "a-z", seite: "3", utm_source: "x", foerderart: "zuschuss" };
    expect(filterQuery(raw, schema)).toBe("?foerderart=zuschuss&gebiet=trier&thema=ki&thema=software");
  });

  it("ignores values the list does not know and keeps the text words", () => {
    expect(filterQuery({ thema: "gibt-es-nicht", status: "offen", q: "  KI   Beratung " }, schema)).toBe("?status=offen&q=KI+Beratung");
    expect(filterQuery({}, schema)).toBe("");
  });
});

describe("addresses", () => {
  it("builds absolute https and webcal addresses on the site's host", () => {
    expect(absoluteUrl("https://portal.example", "/fristen/kalender.ics?status=offen")).toBe("https://portal.example/fristen/kalender.ics?status=offen");
    expect(webcalUrl("https://portal.example", "/fristen/kalender.ics?status=offen")).toBe("webcal://portal.example/fristen/kalender.ics?status=offen");
    expect(webcalUrl("http://localhost:3000", "/fristen/kalender.ics")).toBe("webcal://localhost:3000/fristen/kalender.ics");
    expect(siteHost("https://portal.example:8443/")).toBe("portal.example");
    expect(programmeIcsPath("digitalbonus")).toBe("/foerderprogramme/digitalbonus/kalender.ics");
  });

  it("reads repeated query parameters as a page's searchParams", () => {
    expect(rawParamsOf(new URLSearchParams("thema=a&thema=b&q=x"))).toEqual({ thema: ["a", "b"], q: ["x"] });
  });
});
