import type { AdvisorSeed, ProgrammeSeed, ProviderSeed } from "../data/types";
import { companySlug, slugify } from "../slugify";

export const advisorSlug = (a: AdvisorSeed) => a.slug ?? slugify(a.name);
export const providerSlug = (p: ProviderSeed) => p.slug ?? companySlug(p.name);
export const programmeSlug = (p: ProgrammeSeed) => p.slug ?? slugify(p.title);
