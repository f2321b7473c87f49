import "server-only";

// The news mutations for the editor area (every one checks its permission).
export { createNews, createNewsTx, updateNews, updateNewsTx } from "./service-write";
export { archiveNews, publishNews, restoreNews, submitNewsForReview, transitionNews, transitionNewsTx, unpublishNews, verifyNews } from "./service-workflow";
