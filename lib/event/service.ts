import "server-only";

// The event mutations for the editor area and the importer (every one checks its permission).
export { createEvent, createEventTx, updateEvent, updateEventTx } from "./service-write";
export { archiveEvent, publishEvent, restoreEvent, submitEventForReview, transitionEvent, unpublishEvent, transitionEventTx, verifyEvent } from "./service-workflow";
