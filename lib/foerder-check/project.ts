import { PROJECTS, TOPIC_SERVICES, type ProjectKind, type ProjectRule } from "./rules";

/** Whether the answer to "Was haben Sie vor?" is a concrete project kind (else a Themenfeld's slug). */
export function isProjectKind(was: string): was is ProjectKind {
  return Object.hasOwn(PROJECTS, was);
}

/** The rule of the answer: a project kind's own, or a Themenfeld alone (no keywords to look for). */
export function projectRule(was: string): ProjectRule {
  if (isProjectKind(was)) return PROJECTS[was];
  return { topics: [was], keywords: [], services: TOPIC_SERVICES[was] ?? [] };
}
