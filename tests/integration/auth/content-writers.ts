import { advisorDefinition } from "@/lib/advisor/definition";
import * as advisorWrite from "@/lib/advisor/service-write";
import * as advisorWorkflow from "@/lib/advisor/service-workflow";
import { advisorInput } from "@/lib/advisor/schema";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import * as contentWorkflow from "@/lib/content/service-workflow";
import type { ContentDefinition } from "@/lib/content/types";
import type { Transition } from "@/lib/content/workflow";
import { db } from "@/lib/db/client";
import type { PublicationStatus } from "@/lib/db/enums";
import { eventDefinition } from "@/lib/event/definition";
import { newsDefinition } from "@/lib/news/definition";
import { newsInput } from "@/lib/news/schema";
import * as newsWrite from "@/lib/news/service-write";
import * as newsWorkflow from "@/lib/news/service-workflow";
import { eventInput } from "@/lib/event/schema";
import * as eventWrite from "@/lib/event/service-write";
import * as eventWorkflow from "@/lib/event/service-workflow";
import * as organisations from "@/lib/organisation/service";
import { programmeDefinition } from "@/lib/programme/definition";
import * as programmeWrite from "@/lib/programme/service-write";
import * as programmeWorkflow from "@/lib/programme/service-workflow";
import { providerDefinition } from "@/lib/provider/definition";
import { providerInput } from "@/lib/provider/schema";
import * as providerWrite from "@/lib/provider/service-write";
import * as providerWorkflow from "@/lib/provider/service-workflow";
import { distinctTitle, programmeInput } from "../programme-editor/helpers";
import { initiativeDefinition } from "@/lib/initiative/definition";
import { initiativeInput } from "@/lib/initiative/schema";
import * as initiativeWrite from "@/lib/initiative/service-write";
import * as initiativeWorkflow from "@/lib/initiative/service-workflow";

// Every exported writer of every content type with the permission the role table demands of it.
// content-writers.test.ts calls each with every role and without an actor: refused exactly where
// ROLE_PERMISSIONS says no (and then nothing is written), successful where it says yes. It also
// fails when lib/{programme,advisor,provider,organisation,content}/service*.ts exports a function
// that is neither listed here nor in NOT_WRITERS.

export type ContentKind = "programme" | "advisor" | "provider" | "event" | "initiative" | "news";

/** A writer: `prepare` makes a fresh entry for one call (as the seeded editor), `call` writes. */
export type Writer = {
  module: string;
  name: string;
  permission: Permission;
  call: (actor: Actor | null, id: string) => Promise<unknown>;
  prepare: () => Promise<string>;
};

let counter = 0;
export const PREFIX = `writers-${process.pid}`;
const unique = () => `${PREFIX}-${Date.now()}-${++counter}`;
// Names unlike each other: the publish writers refuse look-alikes (similar titles).
const name = () => distinctTitle();

export const advisorForm = () =>
  advisorInput.parse({ kind: "DESK", name: name(), summary: "Registerprobe", organisation: "ihk-trier", regions: ["stadt-trier"], email: "probe@example.org" });
export const providerForm = () =>
  providerInput.parse({
    name: name(),
    email: "probe@example.org",
    summary: "Registerprobe",
    description: "<p>Text</p>",
    services: ["SOFTWARE"],
    size: "SMALL",
    town: "Trier",
    region: "stadt-trier",
  });

export const initiativeForm = () =>
  initiativeInput.parse({
    title: name(),
    summary: "Registerprobe",
    description: "<p>Text</p>",
    responsibleBody: "ihk-trier",
    regions: ["stadt-trier"],
    topics: ["digitale-verwaltung"],
    phase: "PILOT",
    milestones: [{ date: "2025-03-01", title: "Start", description: "", roadmapPhase: "PILOTIERUNG" }],
    sourceLinks: [{ label: "Quelle", url: "https://example.org" }],
  });

export const eventForm = () =>
  eventInput.parse({
    title: name(),
    summary: "Registerprobe",
    description: "<p>Text</p>",
    organiser: "ihk-trier",
    format: "ONLINE",
    onlineUrl: "https://example.org/webinar",
    startsAt: "2030-03-04T10:00",
    endsAt: "2030-03-04T12:00",
    regions: ["stadt-trier"],
  });

export const newsForm = () =>
  newsInput.parse({
    title: name(),
    kind: "MELDUNG",
    summary: "Registerprobe",
    body: "<p>Text</p>",
    topics: ["digitale-verwaltung"],
    programmes: [],
  });

/** The entries the writers create and change, removed again by the test. */
export const touched: Record<ContentKind | "organisation", Set<string>> = {
  programme: new Set(),
  advisor: new Set(),
  provider: new Set(),
  event: new Set(),
  initiative: new Set(),
  news: new Set(),
  organisation: new Set(),
};

const entryInput = async (kind: ContentKind) =>
  kind === "programme" ? programmeInput({ title: name() }) : kind === "advisor" ? advisorForm() : kind === "event" ? eventForm() : kind === "initiative" ? initiativeForm() : kind === "news" ? newsForm() : providerForm();

/** A fresh entry in the given status, written straight to the table (no audit row, version 1). */
async function freshEntry(kind: ContentKind, status: PublicationStatus = "DRAFT"): Promise<string> {
  const data = { status, publishedAt: status === "PUBLISHED" ? new Date() : null, version: 1 };
  let id: string;
  if (kind === "programme") {
    const input = await programmeInput({ title: name() });
    const { topicIds, regionIds, advisorIds } = input;
    // what publishing checks besides the required fields: amount, eligibility, how to apply
    const { title, summary, description, fundingBodyId, level, fundingTypes, targetGroups, sourceUrl, amountText, eligibility, howToApply } = input;
    const scalars = { title, summary, description, fundingBodyId, level, fundingTypes, targetGroups, sourceUrl, amountText, eligibility, howToApply };
    id = (
      await db.programme.create({
        data: { ...scalars, ...data, slug: unique(), lastVerifiedAt: new Date(), topics: { connect: topicIds.map((x) => ({ id: x })) }, regions: { connect: regionIds.map((x) => ({ id: x })) }, advisors: { connect: advisorIds.map((x) => ({ id: x })) } },
        select: { id: true },
      })
    ).id;
  } else if (kind === "advisor") {
    const organisation = await db.organisation.findUniqueOrThrow({ where: { slug: "ihk-trier" }, select: { id: true } });
    id = (await db.advisor.create({ data: { ...data, kind: "DESK", name: name(), email: "probe@example.org", regions: { connect: [{ slug: "stadt-trier" }] }, slug: unique(), summary: "Registerprobe", organisationId: organisation.id, lastVerifiedAt: new Date() }, select: { id: true } })).id;
  } else if (kind === "initiative") {
    const organisation = await db.organisation.findUniqueOrThrow({ where: { slug: "ihk-trier" }, select: { id: true } });
    id = (
      await db.initiative.create({
        data: {
          ...data,
          title: name(),
          slug: unique(),
          summary: "Registerprobe",
          description: "<p>Text</p>",
          phase: "PILOT",
          responsibleBodyId: organisation.id,
          regions: { connect: [{ slug: "stadt-trier" }] },
          topics: { connect: [{ slug: "digitale-verwaltung" }] },
          sourceLinks: { create: [{ label: "Quelle", url: "https://example.org" }] },
          lastVerifiedAt: new Date(),
        },
        select: { id: true },
      })
    ).id;
  } else if (kind === "news") {
    id = (
      await db.newsItem.create({
        data: { ...data, title: name(), slug: unique(), kind: "MELDUNG", summary: "Registerprobe", body: "<p>Text</p>", topics: { connect: [{ slug: "digitale-verwaltung" }] }, lastVerifiedAt: new Date() },
        select: { id: true },
      })
    ).id;
  } else if (kind === "event") {
    const organisation = await db.organisation.findUniqueOrThrow({ where: { slug: "ihk-trier" }, select: { id: true } });
    id = (
      await db.event.create({
        data: {
          ...data,
          title: name(),
          slug: unique(),
          summary: "Registerprobe",
          description: "<p>Text</p>",
          organiserId: organisation.id,
          format: "ONLINE",
          onlineUrl: "https://example.org/webinar",
          startsAt: new Date("2030-03-04T09:00:00Z"),
          endsAt: new Date("2030-03-04T11:00:00Z"),
          regions: { connect: [{ slug: "stadt-trier" }] },
          lastVerifiedAt: new Date(),
        },
        select: { id: true },
      })
    ).id;
  } else {
    const region = await db.region.findUniqueOrThrow({ where: { slug: "stadt-trier" }, select: { id: true } });
    id = (
      await db.provider.create({
        data: { ...data, name: name(), email: "probe@example.org", slug: unique(), summary: "Registerprobe", description: "<p>Text</p>", services: ["SOFTWARE"], size: "SMALL", town: "Trier", regionId: region.id, lastVerifiedAt: new Date() },
        select: { id: true },
      })
    ).id;
  }
  touched[kind].add(id);
  return id;
}

// The status each transition starts from (lib/content/workflow.ts allows it from there).
const FROM: Record<Transition, PublicationStatus> = { submit: "DRAFT", publish: "DRAFT", unpublish: "PUBLISHED", archive: "DRAFT", restore: "ARCHIVED" };
const NAMED: Record<Transition, string> = { submit: "submit%ForReview", publish: "publish%", unpublish: "unpublish%", archive: "archive%", restore: "restore%" };
const TRANSITION_LIST = Object.keys(FROM) as Transition[];
const title = (kind: ContentKind) => kind[0]!.toUpperCase() + kind.slice(1);

/** The input's created id is remembered for the cleanup. */
const remember = (kind: ContentKind | "organisation") => (result: unknown) => {
  const id = (result as { id?: string; row?: { id: string } }).id ?? (result as { row?: { id: string } }).row?.id;
  if (id) touched[kind].add(id);
  return result;
};

type Modules = { write: Record<string, unknown>; workflow: Record<string, unknown>; definition: ContentDefinition };
const MODULES: Record<ContentKind, Modules & { writePath: string; workflowPath: string }> = {
  programme: { write: programmeWrite, workflow: programmeWorkflow, definition: programmeDefinition, writePath: "lib/programme/service-write", workflowPath: "lib/programme/service-workflow" },
  advisor: { write: advisorWrite, workflow: advisorWorkflow, definition: advisorDefinition, writePath: "lib/advisor/service-write", workflowPath: "lib/advisor/service-workflow" },
  provider: { write: providerWrite, workflow: providerWorkflow, definition: providerDefinition, writePath: "lib/provider/service-write", workflowPath: "lib/provider/service-workflow" },
  event: { write: eventWrite, workflow: eventWorkflow, definition: eventDefinition, writePath: "lib/event/service-write", workflowPath: "lib/event/service-workflow" },
  initiative: { write: initiativeWrite, workflow: initiativeWorkflow, definition: initiativeDefinition, writePath: "lib/initiative/service-write", workflowPath: "lib/initiative/service-workflow" },
  news: { write: newsWrite, workflow: newsWorkflow, definition: newsDefinition, writePath: "lib/news/service-write", workflowPath: "lib/news/service-workflow" },
};

type Fn = (...args: unknown[]) => Promise<unknown>;
const fn = (module: Record<string, unknown>, name: string) => {
  const found = module[name];
  if (typeof found !== "function") throw new Error(`${name} is not exported`);
  return found as Fn;
};
const inTx = (run: (tx: unknown) => Promise<unknown>) => db.$transaction((tx) => run(tx), { timeout: 30_000 });

function writersOf(kind: ContentKind): Writer[] {
  const T = title(kind);
  const { write, workflow, definition, writePath, workflowPath } = MODULES[kind];
  const draft = () => freshEntry(kind);
  const update = async () => ({ ...(await entryInput(kind)), version: 1 });
  const writers: Writer[] = [
    { module: writePath, name: `create${T}`, permission: `${kind}.create`, prepare: async () => "", call: async (a) => fn(write, `create${T}`)(a, await entryInput(kind)).then(remember(kind)) },
    {
      module: writePath,
      name: `create${T}Tx`,
      permission: `${kind}.create`,
      prepare: async () => "",
      call: async (a) => {
        const input = await entryInput(kind);
        return inTx((tx) => fn(write, `create${T}Tx`)(tx, a, input)).then(remember(kind));
      },
    },
    { module: writePath, name: `update${T}`, permission: `${kind}.update`, prepare: draft, call: async (a, id) => fn(write, `update${T}`)(a, id, await update()) },
    {
      module: writePath,
      name: `update${T}Tx`,
      permission: `${kind}.update`,
      prepare: draft,
      call: async (a, id) => {
        const input = await update();
        return inTx((tx) => fn(write, `update${T}Tx`)(tx, a, id, input));
      },
    },
    { module: workflowPath, name: `verify${T}`, permission: `${kind}.verify`, prepare: draft, call: (a, id) => fn(workflow, `verify${T}`)(a, id) },
  ];
  for (const transition of TRANSITION_LIST) {
    const prepare = () => freshEntry(kind, FROM[transition]);
    const named = NAMED[transition].replace("%", T);
    writers.push(
      { module: workflowPath, name: named, permission: `${kind}.${transition}`, prepare, call: (a, id) => fn(workflow, named)(a, id, 1) },
      { module: workflowPath, name: `transition${T}`, permission: `${kind}.${transition}`, prepare, call: (a, id) => fn(workflow, `transition${T}`)(a, id, transition, 1) },
      { module: workflowPath, name: `transition${T}Tx`, permission: `${kind}.${transition}`, prepare, call: (a, id) => inTx((tx) => fn(workflow, `transition${T}Tx`)(tx, a, id, transition, 1)) },
      // The content core itself, as every type's workflow calls it.
      { module: "lib/content/service-workflow", name: "applyTransition", permission: `${kind}.${transition}`, prepare, call: (a, id) => inTx((tx) => contentWorkflow.applyTransition(tx as never, a as Actor, definition, id, transition, 1)) },
      { module: "lib/content/service-workflow", name: "transitionEntry", permission: `${kind}.${transition}`, prepare, call: (a, id) => inTx((tx) => contentWorkflow.transitionEntry(tx as never, a as Actor, definition, id, transition, 1)) },
    );
  }
  writers.push({ module: "lib/content/service-workflow", name: "applyVerify", permission: `${kind}.verify`, prepare: draft, call: (a, id) => inTx((tx) => contentWorkflow.applyVerify(tx as never, a as Actor, definition, id)) });
  return writers;
}

async function freshOrganisation(): Promise<string> {
  const id = (await db.organisation.create({ data: { slug: unique(), name: `Schreibprobe ${unique()}`, kind: "KAMMER" }, select: { id: true } })).id;
  touched.organisation.add(id);
  return id;
}

const ORGANISATION_WRITERS: Writer[] = [
  {
    module: "lib/organisation/service",
    name: "createOrganisation",
    permission: "organisation.manage",
    prepare: async () => "",
    call: (a) => organisations.createOrganisation(a as Actor, { name: `Schreibprobe ${unique()}`, slug: unique(), kind: "KAMMER", shortName: null, description: null, website: null, town: null, email: null, phone: null, contactUrl: null }).then(remember("organisation")),
  },
  {
    module: "lib/organisation/service",
    name: "updateOrganisation",
    permission: "organisation.manage",
    prepare: freshOrganisation,
    call: (a, id) => organisations.updateOrganisation(a as Actor, { id, version: 1, name: `Umbenannt ${unique()}`, kind: "KAMMER", shortName: null, description: null, website: null, town: "Trier", email: null, phone: null, contactUrl: null }),
  },
  { module: "lib/organisation/service", name: "deleteOrganisation", permission: "organisation.manage", prepare: freshOrganisation, call: (a, id) => organisations.deleteOrganisation(a as Actor, id) },
];

export const CONTENT_WRITERS: Writer[] = [...writersOf("programme"), ...writersOf("advisor"), ...writersOf("provider"), ...writersOf("event"), ...writersOf("initiative"), ...writersOf("news"), ...ORGANISATION_WRITERS];

/** The folders whose service*.ts modules hold the writers. */
export const WRITER_FOLDERS = ["lib/programme", "lib/advisor", "lib/provider", "lib/event", "lib/initiative", "lib/news", "lib/organisation", "lib/content"];

/** Exports of those modules that are not writers of their own, each with the reason. */
export const NOT_WRITERS: Record<string, Record<string, string>> = {
  "lib/programme/service-display": { conflictDisplay: "reads names for the conflict table inside a writer's transaction" },
};
