export function detailPaths(html: string, listPath: string): string[];
export function firstDetailPath(base: string, listPath: string): Promise<string>;
