export * from "./audit";
export * from "./media";
export * from "./people";
export * from "./settings";
export * from "./stories";
export * from "./taxonomy";
export * from "./front-page";
export * from "./live";
