import { describe, expect, it } from "vitest";
import { programmes } from "@/prisma/seed/data/programmes";
import { programmeDetails } from "@/prisma/seed/data/programme-details";
import { organisationContacts } from "@/prisma/seed/data/organisation-contacts";
import { validateDemoData } from "@/prisma/seed/demo/validate";
import { validateProgrammeDetails } from "@/prisma/seed/demo/validate-details";
import { organisations } from "@/prisma/seed/data/organisations";

const orgs = new Set(organisations.map((o) => o.slug));
const data = { programmes, programmeDetails, organisationContacts };

describe("demo data: detail pages that answer", () => {
  it("is consistent as shipped", () => {
    expect(validateDemoData()).toEqual([]);
  });

  it("rejects a source URL that is a funding body's start page", () => {
    const bare = programmes.map((p, i) => (i === 0 ? { ...p, sourceUrl: "https://www.bafa.de/" } : p));
    const problems = validateProgrammeDetails(orgs, { ...data, programmes: bare });
    expect(problems).toEqual([expect.stringMatching(/start page of www\.bafa\.de/)]);
  });

  it("rejects unknown successors, real-looking contacts and a demo without a closed programme's successor", () => {
    const details = {
      ...programmeDetails,
      "go-digital": { ...programmeDetails["go-digital"]!, successors: ["gibt-es-nicht"], contact: { name: "X", email: "a@bafa.de", phone: "+49 6196 908-0" } },
    };
    const problems = validateProgrammeDetails(orgs, { ...data, programmeDetails: details }).join("\n");
    expect(problems).toMatch(/unknown successor gibt-es-nicht/);
    expect(problems).toMatch(/\.example domain/);
    expect(problems).toMatch(/0000 block/);
  });
});
