export declare function expiresAtTag(instant: Date): string;
export declare function hasExpired(tags: readonly string[], now?: number): boolean;
