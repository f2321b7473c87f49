import type { Actor } from "@/lib/auth/actor";
import type { Transition } from "./workflow";

// The named workflow entry points every content type offers (publishProgramme, archiveAdvisor …),
// made once from the type's transition function, so no type spells a transition as a string.
type TransitionFn<R> = (actor: Actor, id: string, transition: Transition, version?: number) => Promise<R>;
type EntryPoint<R> = (actor: Actor, id: string, version?: number) => Promise<R>;

export function workflowEntryPoints<R>(transition: TransitionFn<R>): {
  submitForReview: EntryPoint<R>;
  publish: EntryPoint<R>;
  unpublish: EntryPoint<R>;
  /** "Deleting" is archiving: the entry leaves the public pages and the search, and can be restored. */
  archive: EntryPoint<R>;
  restore: EntryPoint<R>;
} {
  const named = (t: Transition): EntryPoint<R> => (actor, id, version) => transition(actor, id, t, version);
  return { submitForReview: named("submit"), publish: named("publish"), unpublish: named("unpublish"), archive: named("archive"), restore: named("restore") };
}
