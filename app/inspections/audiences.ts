export const audiences = ["child", "parent", "practitioner"] as const;
export type Audience = (typeof audiences)[number];

export function isAudience(value: unknown): value is Audience {
  return typeof value === "string" && (audiences as readonly string[]).includes(value);
}
