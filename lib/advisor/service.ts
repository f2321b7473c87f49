import "server-only";

// The advisor mutations for the editor area and the importer (every one checks its permission).
export { createAdvisor, createAdvisorTx, updateAdvisor, updateAdvisorTx } from "./service-write";
export { archiveAdvisor, publishAdvisor, restoreAdvisor, submitAdvisorForReview, transitionAdvisor, unpublishAdvisor, transitionAdvisorTx, verifyAdvisor } from "./service-workflow";
