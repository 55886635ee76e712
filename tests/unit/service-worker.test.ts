import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildServiceWorker, serviceWorkerFile } from "~scripts/build-service-worker";

/*
 * The survey's service worker (#20) is committed as built, so a server built with `remix build`
 * alone serves it too: it must be what its source builds to today.
 */
describe("the survey's service worker", () => {
  it("public/sw-survey.js is what scripts/build-service-worker.ts makes of its source", async () => {
    expect(readFileSync(serviceWorkerFile, "utf8")).toBe(await buildServiceWorker());
  });
});
