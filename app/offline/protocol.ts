/*
 * What the survey's pages and the server agree on for answering without a connection (#20).
 * Shared by the browser's side (app/offline) and the server's (app/respond/offline.server.ts).
 */

/** Sent with the requests that keep a survey's pages on the device: reading them takes nothing. */
export const offlineCopyHeader = "X-Offline-Copy";

/** What a question or check page tells the device, so its survey can go on without a connection. */
export interface OfflineSurvey {
  token: string;
  /** The draft's idempotency key: answers kept on the device belong to it, and Send uses it. */
  submissionKey: string;
  /** Every question page of the draft's version, in order, then the check page. */
  pages: string[];
  easy: boolean;
  /** Who to call, for the "talk to someone now" panel after own words typed offline. */
  helpline: "childline" | "nspcc";
}

/** One answer given without a connection: the question page's form fields, as they were sent. */
export interface DeviceAnswer {
  questionId: string;
  fields: [string, string][];
  /** What the check page shows for it until it is sent: the chosen options' words, or the text. */
  shown: string[];
}

/** What the server did with the answers a device sent (app/routes/s.$token.offline.ts). */
export type DeviceSendOutcome =
  /** Stored (now or before): the done page. */
  | { outcome: "sent"; href: string }
  /** Kept in the draft; the person carries on. */
  | { outcome: "saved" }
  /** The survey closed before they could be sent: nothing stored; a page that says so. */
  | { outcome: "closed"; href: string }
  /** This browser's draft has gone (or is another one): nothing stored; the start page. */
  | { outcome: "gone"; href: string }
  /** An answer the question page would have refused: the answers before it are kept. */
  | { outcome: "fix"; href: string; questionId: string };

export const surveyCacheName = (token: string) => `send-voice-survey-${token}`;

/**
 * The easy-read pictures of the "talk to someone now" panel (components/survey/HelpNowPanel),
 * kept with a survey's pages: offline the device shows the panel on pages that were kept
 * without it.
 */
export const helpNowPictures = ["speech", "help", "home"] as const;

/** A page asks its service worker whether own words may be a disclosure (disclosure-check.ts). */
export const disclosureCheckMessage = "send-voice:disclosure-check";
