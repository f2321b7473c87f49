// Types for mail-catcher.mjs, imported by playwright.config.ts and the e2e support code.
export declare function e2eMailCatcher(appPort: number): { smtpPort: number; dir: string };
export declare function mailCatcherArgs(options: { smtpPort: number; httpPort?: number; dir: string; clear?: boolean }): string[];
