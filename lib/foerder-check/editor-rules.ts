import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { listTopics } from "@/lib/taxonomy/queries";
import { AMOUNTS, DIRECTORY_RULES, FUNDING_TYPE_CHECKS, KMU_MAX_EMPLOYEES, PROJECTS, RULES, TOPIC_SERVICES, WHO, WHO_MAY_BE_KMU, WHO_TARGET_GROUPS } from "./rules";

// The rule tables for the editors' page /redaktion/foerder-check: the same constants the matcher
// uses, with the Themenfelder's current names. Behind editor.access like the rest of /redaktion
// (rule 5), although nothing here is secret: it explains how the editors' fields are used.

export async function getFoerderCheckRulesForEditor(actor: Actor | null) {
  assertCan(actor, "editor.access");
  const topics = await listTopics();
  const topicName = new Map(topics.map((t) => [t.slug, t.name]));
  return {
    rules: RULES.map((rule) => ({ ...rule, fields: [...rule.fields] })),
    who: WHO.map((who) => ({ who, targetGroups: [...WHO_TARGET_GROUPS[who]], mayBeKmu: WHO_MAY_BE_KMU.has(who) })),
    kmuMaxEmployees: KMU_MAX_EMPLOYEES,
    projects: Object.entries(PROJECTS).map(([kind, rule]) => ({
      kind,
      topics: rule.topics.map((slug) => topicName.get(slug) ?? slug),
      keywords: [...rule.keywords],
      services: [...rule.services],
    })),
    topicServices: topics.map((topic) => ({ name: topic.name, services: [...(TOPIC_SERVICES[topic.slug] ?? [])] })),
    amounts: Object.entries(AMOUNTS).map(([answer, range]) => ({ answer, range })),
    fundingTypeChecks: [...FUNDING_TYPE_CHECKS],
    directories: DIRECTORY_RULES,
  };
}

export type FoerderCheckRulesView = Awaited<ReturnType<typeof getFoerderCheckRulesForEditor>>;
