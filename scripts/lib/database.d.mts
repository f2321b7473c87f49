// Types for database.mjs, which TypeScript code (vitest and Playwright setup) imports.
export declare const DEFAULT_SERVER_URL: string;
export declare function withDatabase(url: string | undefined, name: string): string;
export declare function databaseName(url: string): string;
export declare function redact(url: string): string;
export declare function checkServer(url: string): Promise<string | null>;
export declare function recreateDatabase(url: string): Promise<void>;
export declare function markDemoDatabase(url: string, env?: Record<string, string>): Promise<void>;
export declare function migrateAndSeed(url: string, env?: Record<string, string>): Promise<void>;
export declare function prepareFreshDatabase(url: string, env?: Record<string, string>): Promise<void>;
