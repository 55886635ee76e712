import { disclosureCheckMessage } from "./protocol";

/*
 * The disclosure check (#19) on the device, for own words typed without a connection (#20):
 * the server's own words and matching (app/safeguarding/detect.ts), which are not secret (they
 * are in this repository, and lean towards flagging) and small (six languages' lists, about
 * 25 kB minified). They run in the survey's service worker (sw-survey.ts), which is there
 * whenever a kept page is shown offline: no page's script grows. The words go to it and
 * nowhere else; nothing it finds is kept or sent, only whether to show the panel.
 */

/** Whether own words may be a disclosure; false when no service worker can say. */
export function mayBeDisclosure(text: string): Promise<boolean> {
  const worker = typeof navigator === "object" ? navigator.serviceWorker?.controller : null;
  if (!text.trim() || !worker) return Promise.resolve(false);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(false), 2000);
    channel.port1.onmessage = (event: MessageEvent<{ flagged?: boolean }>) => {
      clearTimeout(timer);
      resolve(event.data.flagged === true);
    };
    worker.postMessage({ type: disclosureCheckMessage, text }, [channel.port2]);
  });
}
