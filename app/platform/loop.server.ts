import { logError } from "./log.server";
import { countJobFailure } from "./metrics.server";
import type { JobName } from "./metrics.server";

/*
 * A background job's loop: runs its work at once, then every so often, one run at a time; a
 * failed run is counted and logged, and the next goes on. The jobs themselves, and what they
 * do, are wired in app/server/jobs.server.ts.
 */

export interface Loop {
  wake(): void;
  /** No run starts after this; resolves when the run under way (if any) has finished. */
  stop(): Promise<void>;
}

export function loop(name: JobName, everyMs: number, work: () => Promise<unknown>): Loop {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const run = async () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(timer);
    running = (async () => {
      try {
        await work();
      } catch (error) {
        countJobFailure(name);
        logError(`${name}_failed`, error);
      }
    })();
    await running;
    running = undefined;
    if (!stopped) {
      timer = setTimeout(run, again ? 0 : everyMs);
      timer.unref();
    }
    again = false;
  };
  void run();
  return {
    wake: () => void run(),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
