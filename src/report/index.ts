export * from "./types";
export * from "./cells";
export * from "./editions";
export * from "./relations";
export * from "./values";
export { checkReport, readNumbers } from "./check";
export type { CheckOptions, Numbers } from "./check";
export * from "./build";
export * from "./consolidate";
