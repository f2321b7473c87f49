import { bareDomainHost } from "@/lib/programme/source-url";
import { organisationContacts as seededContacts } from "../data/organisation-contacts";
import { programmeDetails as seededDetails } from "../data/programme-details";
import { programmes as seededProgrammes } from "../data/programmes";
import type { OrganisationContactSeed, ProgrammeDetailsSeed, ProgrammeSeed } from "../data/types";
import { programmeSlug } from "./slugs";

/** The data checked; the demo's own by default (tests pass variants). */
export type DetailData = {
  programmes: readonly ProgrammeSeed[];
  programmeDetails: Record<string, ProgrammeDetailsSeed>;
  organisationContacts: Record<string, OrganisationContactSeed>;
};

const SEEDED: DetailData = { programmes: seededProgrammes, programmeDetails: seededDetails, organisationContacts: seededContacts };

const DEMO_EMAIL = /@[a-z0-9.-]+\.example$/;
const DEMO_PHONE = /^\+\d+ \d+ 0000-\d+$/;
const HTTP = /^https?:\/\//;

/**
 * Issue 14's demo rules: every source is the programme's own page (never a start page), every
 * published programme answers documents and combinability, contacts reach nobody real, successors
 * resolve, and at least one closed programme shows a published successor.
 */
export function validateProgrammeDetails(organisationSlugs: ReadonlySet<string>, data: DetailData = SEEDED): string[] {
  const { programmes, programmeDetails, organisationContacts } = data;
  const problems: string[] = [];
  const check = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  const bySlug = new Map(programmes.map((p) => [programmeSlug(p), p]));
  const published = (slug: string) => (bySlug.get(slug)?.status ?? "PUBLISHED") === "PUBLISHED";
  for (const [slug, p] of bySlug) {
    check(HTTP.test(p.sourceUrl), `${slug}: source URL must be http(s)`);
    const host = bareDomainHost(p.sourceUrl);
    check(host === null, `${slug}: source URL points at the start page of ${host}, not at the programme's own page`);
    check(!published(slug) || (programmeDetails[slug]?.documents.length ?? 0) > 0, `${slug}: a published programme needs its required documents`);
  }
  for (const [slug, details] of Object.entries(programmeDetails)) {
    check(bySlug.has(slug), `programme details for unknown programme ${slug}`);
    const url = details.legalBasis?.url;
    if (url) check(HTTP.test(url) && bareDomainHost(url) === null, `${slug}: legal basis URL must be an http(s) page, not a start page`);
    if (details.contact?.email) check(DEMO_EMAIL.test(details.contact.email), `${slug}: contact e-mail must use an .example domain`);
    if (details.contact?.phone) check(DEMO_PHONE.test(details.contact.phone), `${slug}: contact phone must use a 0000 block`);
    for (const successor of details.successors ?? []) {
      check(bySlug.has(successor), `${slug}: unknown successor ${successor}`);
      check(successor !== slug, `${slug}: a programme cannot succeed itself`);
    }
  }
  for (const [slug, contact] of Object.entries(organisationContacts)) {
    check(organisationSlugs.has(slug), `contact for unknown organisation ${slug}`);
    if (contact.email) check(DEMO_EMAIL.test(contact.email), `${slug}: e-mail must use an .example domain`);
    if (contact.phone) check(DEMO_PHONE.test(contact.phone), `${slug}: phone must use a 0000 block`);
    if (contact.contactUrl) check(HTTP.test(contact.contactUrl), `${slug}: contact page must be http(s)`);
  }
  const closedWithSuccessor = [...bySlug].some(
    ([slug, p]) => published(slug) && p.schedule.deadline !== null && p.schedule.deadline < 0 && (programmeDetails[slug]?.successors ?? []).some(published),
  );
  check(closedWithSuccessor, "no published closed programme links a published successor");
  return problems;
}
