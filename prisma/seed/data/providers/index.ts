import type { ProviderSeed } from "../types";
import { bernkastelWittlichProviders } from "./bernkastel-wittlich";
import { eifelkreisProviders } from "./eifelkreis-bitburg-pruem";
import { stadtTrierProviders } from "./stadt-trier";
import { trierSaarburgProviders } from "./trier-saarburg";
import { vulkaneifelProviders } from "./vulkaneifel";

export { DRAFT_PROVIDER_SLUG } from "./stadt-trier";

export const providers: ProviderSeed[] = [
  ...stadtTrierProviders,
  ...trierSaarburgProviders,
  ...bernkastelWittlichProviders,
  ...eifelkreisProviders,
  ...vulkaneifelProviders,
];
