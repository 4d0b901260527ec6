import { z } from "zod";

/**
 * A group of checkboxes sharing a name: none ticked sends nothing, one sends a string, several a list (formFields in
 * lib/form-state.ts). Always a list here, each value checked by `item`.
 */
export const formList = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));
