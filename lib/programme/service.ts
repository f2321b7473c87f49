import "server-only";

// The programme mutations for the editor area and the importer (every one checks its permission).
export { createProgramme, createProgrammeTx, updateProgramme, updateProgrammeTx } from "./service-write";
export {
  archiveProgramme,
  publishProgramme,
  restoreProgramme,
  submitProgrammeForReview,
  transitionProgramme,
  transitionProgrammeTx,
  unpublishProgramme,
  verifyProgramme,
} from "./service-workflow";
