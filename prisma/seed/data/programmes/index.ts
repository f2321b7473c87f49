import type { ProgrammeSeed } from "../types";
import { bundProgrammes } from "./bund";
import { euProgrammes } from "./eu";
import { kommuneProgrammes } from "./kommune";
import { kreiseProgrammes } from "./kreise";
import { landProgrammes } from "./land";
import { regionProgrammes } from "./region";
import { unpublishedProgrammes } from "./unpublished";

export { DEADLINE_TODAY_SLUG, DEADLINE_YESTERDAY_SLUG } from "./kommune";
export {
  ARCHIVED_PROGRAMME_SLUG,
  DRAFT_PROGRAMME_SLUGS,
  IN_REVIEW_PROGRAMME_SLUG,
} from "./unpublished";

export const programmes: ProgrammeSeed[] = [
  ...euProgrammes,
  ...bundProgrammes,
  ...landProgrammes,
  ...regionProgrammes,
  ...kommuneProgrammes,
  ...kreiseProgrammes,
  ...unpublishedProgrammes,
];
