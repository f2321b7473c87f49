// Storage keys of logo variants: "<sha256 of the upload>/<width>.webp". Content-addressed, so a key
// never names other bytes and the /medien route may let browsers cache it for a year.

export const LOGO_HASH = /^[0-9a-f]{64}$/;

export const variantKey = (hash: string, width: number) => `${hash}/${width}.webp`;

/** The public address of a variant (app/medien/[key]/[width]/route.ts). */
export const variantUrl = (hash: string, width: number) => `/medien/${hash}/${width}`;
