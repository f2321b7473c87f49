// Enum values are plain constants without database access, so any layer may import them from here.
export * from "./generated/enums";
