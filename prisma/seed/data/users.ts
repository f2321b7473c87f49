import type { DemoLogin } from "./types";

/** Shared password of every demo account; demo data only, never for a real deployment. */
export const DEMO_PASSWORD = "Demo-Passwort-2026";

/** Demo accounts, exported so the demo script can print them. */
export const demoLogins: DemoLogin[] = [
  { email: "admin@regiontrier.example", name: "Administration Region Trier", role: "ADMIN", password: DEMO_PASSWORD },
  { email: "redaktion@regiontrier.example", name: "Redaktion Digitale Region Trier", role: "EDITOR", password: DEMO_PASSWORD },
  {
    email: "berater@regiontrier.example",
    name: "Katharina Lenz",
    role: "ADVISOR",
    password: DEMO_PASSWORD,
    advisor: "katharina-lenz",
  },
  {
    email: "dienstleister@regiontrier.example",
    name: "Moselbyte Digital GmbH",
    role: "PROVIDER",
    password: DEMO_PASSWORD,
    provider: "moselbyte-digital",
  },
];
