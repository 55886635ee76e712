import { readFileSync } from "node:fs";

type Audience = "child" | "parent" | "practitioner";

/** The demo inspection's survey links, written by tests/e2e/seed.ts before the server started. */
export function surveyLinks(): Record<Audience, { token: string; shortCode: string }> & {
  webinarsToken: string;
} {
  return JSON.parse(readFileSync(`.tmp/e2e-links-${process.env.E2E_PORT}.json`, "utf8"));
}
