// A stored logo as pages get it: the variants' hash and the intrinsic size (for width/height).
export interface LogoDTO {
  hash: string;
  width: number;
  height: number;
}

/** The logo columns of a row (logoKey, logoWidth, logoHeight) as a DTO; null when there is none. */
export function toLogoDTO(row: { logoKey: string | null; logoWidth: number | null; logoHeight: number | null }): LogoDTO | null {
  if (!row.logoKey || !row.logoWidth || !row.logoHeight) return null;
  return { hash: row.logoKey, width: row.logoWidth, height: row.logoHeight };
}

/** The columns toLogoDTO reads, for a Prisma select. */
export const LOGO_COLUMNS = { logoKey: true, logoWidth: true, logoHeight: true } as const;
