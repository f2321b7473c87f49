/**
 * The row in "DatabaseMarker" the seed writes with invented content (demo or synthetic data). Its
 * presence, not the environment, decides the demo banner: a production database never has it
 * unless someone seeded demo data into it, and then the banner is the truth.
 */
export const DEMO_CONTENT_MARKER = "demo-content";
