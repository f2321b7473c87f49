import type { ProgrammeDetailsSeed } from "../types";
import { euBundDetails } from "./eu-bund";
import { landDetails } from "./land";
import { regionKommuneDetails } from "./region-kommune";

/** Documents, legal basis, combinability, contact and successors of the demo programmes, by slug. */
export const programmeDetails: Record<string, ProgrammeDetailsSeed> = { ...euBundDetails, ...landDetails, ...regionKommuneDetails };
