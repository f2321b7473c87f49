// Types for app-env.mjs, imported by playwright.config.ts.
export declare function appEnv(options: { port: number; databaseUrl: string; poolSize?: number }): Record<string, string>;
