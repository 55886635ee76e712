/*
 * How many uploads one process receives at once (#16). Each upload holds its file in memory
 * until it is stored, so six 10 MB recordings at once once took the server from 0.4 to 1.8 GB.
 * A process takes at most MAX_CONCURRENT_UPLOADS at once (settings.server.ts), and one client
 * at most half of them, so one person (or one script) cannot take every slot and stop
 * everyone else's recordings. A client is its `clientKey` (server.mjs), never its address.
 */
import { settings } from "./settings.server";

/** Gives a slot back; calling it again does nothing. */
export type ReleaseSlot = () => void;

export class UploadSlots {
  #inUse = 0;
  readonly #byClient = new Map<string, number>();
  readonly perClient: number;

  constructor(readonly size: number) {
    this.perClient = Math.max(1, Math.ceil(size / 2));
  }

  /** A slot for one upload from this client, or undefined when none is free for it now. */
  take(clientKey: string): ReleaseSlot | undefined {
    const held = this.#byClient.get(clientKey) ?? 0;
    if (this.#inUse >= this.size || held >= this.perClient) return undefined;
    this.#inUse += 1;
    this.#byClient.set(clientKey, held + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#inUse -= 1;
      const left = (this.#byClient.get(clientKey) ?? 1) - 1;
      if (left > 0) this.#byClient.set(clientKey, left);
      else this.#byClient.delete(clientKey);
    };
  }

  get inUse(): number {
    return this.#inUse;
  }
}

const globalForSlots = globalThis as typeof globalThis & { __sendVoiceUploadSlots?: UploadSlots };

/** This process's upload slots, sized by MAX_CONCURRENT_UPLOADS. */
export function uploadSlots(): UploadSlots {
  globalForSlots.__sendVoiceUploadSlots ??= new UploadSlots(settings().maxConcurrentUploads);
  return globalForSlots.__sendVoiceUploadSlots;
}
