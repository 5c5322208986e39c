/** Pure report ⇄ grid: layout, insert plan, conditional formats, metadata, read-back, highlights. */
export * from "./a1";
export * from "./layout";
export * from "./cf";
export * from "./plan";
export * from "./metadata";
export * from "./readback";
export * from "./highlight";
export * from "./style";
export * from "./registry";
export * from "./carryOver";
