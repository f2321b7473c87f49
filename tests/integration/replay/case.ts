import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/enums";
import { IDLE } from "@/lib/actions/form-state";

/** Table → keys of the rows a replay added, removed or changed. */
export type Diff = Map<string, string[]>;

export type Prepared = {
  /** the action, called with what its form would post */
  call: () => Promise<unknown>;
  /** ids and tokens of this run's fixtures, masked when answers of different runs are compared */
  fixtureIds?: string[];
  /** extra checks of an allowed run (e.g. only the actor's own entry got a revision) */
  check?: (diff: Diff) => Promise<void> | void;
};

export type Context = { role: Role | null; actor: Actor | null; actors: Record<Role, Actor> };

/**
 * What a replay must show:
 * - permission: roles whose ROLE_PERMISSIONS entry has it change `changes`; every other role and a
 *   visitor are refused, change nothing and leave one security-log row.
 * - own: any signed-in role changes `changes` and nothing but its own account row besides
 *   `mayChange`; a visitor is refused or changes nothing.
 * - public: the visitor's run changes `changes`; a signed-in run has exactly the visitor's effect.
 */
export type Expectation =
  | { kind: "permission"; permission: Permission; changes: string[] }
  | { kind: "own"; changes: string[]; mayChange: string[] }
  | { kind: "public"; changes: string[] };

export type ReplayCase = { expect: Expectation; prepare: (context: Context) => Promise<Prepared> };

/** "<file under app/>#<export>" → its case. */
export type CaseTable = Record<string, ReplayCase>;

export const initial = IDLE;
