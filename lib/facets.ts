import {
  CompanySize,
  ConsultationMode,
  FundingLevel,
  FundingType,
  Industry,
  ServiceCategory,
  TargetGroup,
} from "@/lib/db/enums";

// Enum facets appear in URLs as lowercase slugs (ZUSCHUSS → zuschuss, ERP_PROZESSE → erp-prozesse).
// The slugs derive from the enum values in schema.prisma, so labels can change without breaking links.
export function enumToSlug(value: string): string {
  return value.toLowerCase().replaceAll("_", "-");
}

export function slugToEnum<T extends string>(values: readonly T[], slug: string): T | undefined {
  return values.find((value) => enumToSlug(value) === slug);
}

export const FUNDING_LEVELS = Object.values(FundingLevel);
export const FUNDING_TYPES = Object.values(FundingType);
export const TARGET_GROUPS = Object.values(TargetGroup);
export const CONSULTATION_MODES = Object.values(ConsultationMode);
export const SERVICE_CATEGORIES = Object.values(ServiceCategory);
export const INDUSTRIES = Object.values(Industry);
export const COMPANY_SIZES = Object.values(CompanySize);
