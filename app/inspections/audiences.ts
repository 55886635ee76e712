import { audiences } from "~surveys/lists";
import type { Audience } from "~surveys/lists";

export { audiences } from "~surveys/lists";
export type { Audience } from "~surveys/lists";

export function isAudience(value: unknown): value is Audience {
  return typeof value === "string" && (audiences as readonly string[]).includes(value);
}

/**
 * Who to call after a survey, if answering it stirred something up: Childline is for children
 * and young people only (it turns adults away), so parents, carers and practitioners are given
 * the NSPCC helpline instead. Everyone also sees the local support service the team set.
 */
export function helplineFor(audience: Audience): "childline" | "nspcc" {
  return audience === "child" ? "childline" : "nspcc";
}
