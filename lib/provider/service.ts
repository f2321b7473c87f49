import "server-only";

// The provider mutations for the editor area and the importer (every one checks its permission).
export { createProvider, createProviderTx, updateProvider, updateProviderTx } from "./service-write";
export { archiveProvider, publishProvider, restoreProvider, submitProviderForReview, transitionProvider, unpublishProvider, transitionProviderTx, verifyProvider } from "./service-workflow";
