// The facet registry and the enum ↔ slug mapping, under one import path.
export * from "./registry";
export * from "./slug";
