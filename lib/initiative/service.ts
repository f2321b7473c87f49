import "server-only";

// The initiative mutations for the editor area and the importer (every one checks its permission).
export { createInitiative, createInitiativeTx, updateInitiative, updateInitiativeTx } from "./service-write";
export { archiveInitiative, publishInitiative, restoreInitiative, submitInitiativeForReview, transitionInitiative, unpublishInitiative, transitionInitiativeTx, verifyInitiative } from "./service-workflow";
