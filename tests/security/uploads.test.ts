import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import english from "~locales/en/survey.json";
import { getSurvey } from "~surveys";
import { maxRecordingBytes } from "~/recordings/audio-type";
import { Client } from "./http";
import { startSecurityServer } from "./server";
import type { SecurityServer } from "./server";

/*
 * Recordings sent to the production server (#16 finding 3): six 10 MB recordings at once took
 * it from 0.4 to 1.8 GB and /healthz to 7–13 s, and the data folder grew twice the audio. A
 * recording is read as it arrives, refused as soon as it passes 10 MB, at most four are taken
 * at once (MAX_CONCURRENT_UPLOADS, its default here) and one client at most two; the others
 * are asked, in words, to wait a minute and send again, and nothing of theirs is lost.
 * Loopback only; at most six uploads at a time.
 */

const MB = 2 ** 20;
const slowTest = 180_000;
/** The parents' first own-words question (standard version). */
const questionId = getSurvey("parent", "standard").questions.find((q) => q.kind === "text")!.id;
const busyWords = english.spoken.busy;
const tooBigWords = english.spoken.tooBig.replace("{{size}}", "10 megabytes (MB)");
const recordedWords = english.spoken.saved;
const tooLongWords = english.spoken.tooLong.replace("{{limit}}", "2:00");

let server: SecurityServer;
beforeAll(async () => {
  server = await startSecurityServer();
}, 300_000);
afterAll(async () => {
  await server?.stop();
});

/** The server's resident memory now, in MB (Linux /proc). */
function residentMb(): number {
  const status = readFileSync(`/proc/${server.process.pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

/** Bytes in a folder and everything in it. */
function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((sum, entry) => {
    const where = path.join(folder, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(where) : statSync(where).size);
  }, 0);
}

/**
 * A WAV recording of `size` bytes: its header, then noise (which no database compresses). At
 * 48 kHz, 16-bit stereo (192,000 bytes a second) 10 MB lasts 55 s, under the 2 minutes.
 */
function recording(size: number, bytesPerSecond = 192_000): Buffer {
  const bytes = randomBytes(size);
  bytes.write("RIFF", 0, "latin1");
  bytes.writeUInt32LE(size - 8, 4);
  bytes.write("WAVEfmt ", 8, "latin1");
  bytes.writeUInt32LE(16, 16);
  bytes.writeUInt16LE(1, 20); // PCM
  bytes.writeUInt16LE(2, 22); // stereo
  bytes.writeUInt32LE(48_000, 24);
  bytes.writeUInt32LE(bytesPerSecond, 28);
  bytes.writeUInt16LE(4, 32);
  bytes.writeUInt16LE(16, 34);
  bytes.write("data", 36, "latin1");
  bytes.writeUInt32LE(size - 44, 40);
  return bytes;
}

/** Someone on the parents' survey at its own-words question, from their own address. */
async function personAtOwnWords(address: string) {
  const person = new Client(server.origin);
  const token = server.links.tokens.parent;
  const started = await person.post(`/s/${token}?index`, { version: "standard" });
  expect(started.status).toBe(302);
  const page = `/s/${token}/q/${questionId}`;
  return { person, page, address, cookie: person.cookieHeader(page) };
}
type Person = Awaited<ReturnType<typeof personAtOwnWords>>;

interface Answered {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Whether the answer came while the request's body was still being sent. */
  beforeEnd: boolean;
}

/**
 * A question page's form sent as a browser sends it (multipart: the typed words, the
 * recording, then the button), a piece at a time, so a test can stop halfway.
 */
class Upload {
  readonly answer: Promise<Answered>;
  answered: Answered | undefined;
  readonly #request: http.ClientRequest;
  readonly #boundary = `----upload${randomBytes(8).toString("hex")}`;
  #ended = false;

  constructor(
    readonly who: Person,
    readonly typed: string,
    /**
     * Content-Length: of the whole form with a file of `fileSize` bytes, or `declared` as it
     * stands; neither: chunked, with no length.
     */
    length: { fileSize?: number; declared?: number } = {},
  ) {
    const contentLength =
      length.fileSize === undefined
        ? length.declared
        : this.head().byteLength + length.fileSize + this.tail().byteLength;
    this.#request = http.request(new URL(who.page, server.origin), {
      method: "POST",
      agent: false,
      headers: {
        Cookie: who.cookie,
        "Content-Type": `multipart/form-data; boundary=${this.#boundary}`,
        ...(contentLength === undefined ? {} : { "Content-Length": String(contentLength) }),
        Origin: "null",
        "Sec-Fetch-Site": "same-origin",
        // The security server trusts X-Forwarded-For from loopback: each person their address.
        "X-Forwarded-For": who.address,
      },
    });
    this.answer = new Promise<Answered>((resolve, reject) => {
      this.#request.on("response", (response) => {
        const beforeEnd = !this.#ended;
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          this.answered = {
            status: response.statusCode!,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            beforeEnd,
          };
          resolve(this.answered);
        });
      });
      this.#request.on("error", reject);
    });
    // A test that stops an upload on purpose does not leave a rejection unheard.
    this.answer.catch(() => {});
  }

  head(): Buffer {
    const field = (name: string, value: string) =>
      `--${this.#boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    return Buffer.from(
      field("version", "standard") +
        field("answer", this.typed) +
        `--${this.#boundary}\r\nContent-Disposition: form-data; name="recording"; filename="answer.wav"\r\nContent-Type: audio/wav\r\n\r\n`,
    );
  }

  tail(): Buffer {
    return Buffer.from(
      `\r\n--${this.#boundary}\r\nContent-Disposition: form-data; name="intent"\r\n\r\ncontinue\r\n--${this.#boundary}--\r\n`,
    );
  }

  /** Sends bytes; resolves once they have left for the server. */
  write(bytes: Buffer): Promise<void> {
    return new Promise((resolve, reject) =>
      this.#request.write(bytes, (error) => (error ? reject(error) : resolve())),
    );
  }

  end(bytes?: Buffer) {
    this.#ended = true;
    this.#request.end(bytes);
  }

  stop() {
    this.#request.destroy();
  }
}

/** Resolves with what came within `ms`, or undefined. */
function within<T>(ms: number, promise: Promise<T>): Promise<T | undefined> {
  return Promise.race([
    promise,
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref()),
  ]);
}

/** Whether the person's draft holds a recording for the question, as their page says. */
const hasRecording = async ({ person, page }: Person) =>
  (await person.page(page)).includes(recordedWords);

describe("six 10 MB recordings at once", { timeout: slowTest }, () => {
  it("keep the server small and /healthz quick, and store each recording once", async () => {
    const people = await Promise.all(
      Array.from({ length: 6 }, (_, i) => personAtOwnWords(`10.1.0.${i + 1}`)),
    );
    const size = 10_000_000;
    const files = people.map(() => recording(size));
    const rssBefore = residentMb();
    const dataBefore = folderBytes(server.dataDir);
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, residentMb())), 20);

    // How long one recording takes alone, on this machine, now: PGlite writes on the server's
    // one thread, so a request may wait for one write (and no more).
    const alone = await personAtOwnWords("10.1.0.100");
    const startedAlone = Date.now();
    const single = new Upload(alone, "", { fileSize: size });
    single.end(Buffer.concat([single.head(), recording(size), single.tail()]));
    expect((await single.answer).status).toBe(302);
    const oneRecordingMs = Date.now() - startedAlone;

    let sending = true;
    const healthTimes: number[] = [];
    const healthStatuses = new Set<number>();
    const health = (async () => {
      while (sending) {
        const started = Date.now();
        await new Promise<void>((resolve, reject) =>
          http
            .get(`${server.origin}/healthz`, { agent: false }, (response) => {
              healthStatuses.add(response.statusCode!);
              response.resume().on("end", resolve);
            })
            .on("error", reject),
        );
        healthTimes.push(Date.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();

    const uploads = people.map(
      (who, i) => new Upload(who, `words from parent ${i + 1}`, { fileSize: size }),
    );
    // Each whole form at once, as six phones on good connections would send them.
    const answers = await Promise.all(
      uploads.map((upload, i) => {
        upload.end(Buffer.concat([upload.head(), files[i]!, upload.tail()]));
        return upload.answer;
      }),
    );
    sending = false;
    await health;
    clearInterval(sampler);
    rssPeak = Math.max(rssPeak, residentMb());
    const stored = 1 + answers.filter((a) => a.status === 302).length;
    const grew = folderBytes(server.dataDir) - dataBefore;
    console.log(
      `one 10 MB recording alone: ${oneRecordingMs} ms; then six at once: ${stored - 1} stored, ${7 - stored} asked to wait; memory ${rssBefore.toFixed(0)} → peak ${rssPeak.toFixed(0)} MB; /healthz at worst ${Math.max(...healthTimes)} ms (${healthTimes.length} asked); data folder +${(grew / 1e6).toFixed(1)} MB for ${stored} stored`,
    );

    // Every one is stored or asked, in words, to send it again; at least the four slots' worth.
    for (const answer of answers)
      if (answer.status !== 302) {
        expect(answer.status).toBe(503);
        expect(answer.body).toContain(busyWords);
      }
    expect(stored - 1).toBeGreaterThanOrEqual(4);
    // Four recordings held at once (40 MB), and the database's working memory for one 10 MB
    // write, which PGlite's WebAssembly memory grows to hold once and keeps (measured: peaks
    // of 120–160 MB over the start). Before: 1,370 MB.
    expect(rssPeak - rssBefore).toBeLessThan(250);
    // Recordings are written one at a time with room between them, so /healthz waits for
    // about one write: 0.2–0.5 s on a quiet machine, longer when the cores are shared. Held
    // to 1 s, or twice one recording alone when the machine is slower than that. Before: all
    // six writes queued at once, 6.7–13 s.
    expect(Math.max(...healthTimes)).toBeLessThan(Math.max(1_000, 2 * oneRecordingMs));
    // Ready throughout: its database answered within its 3 s.
    expect([...healthStatuses]).toEqual([200]);
    // One copy of each stored recording (10 MB in 8 KB pages: 10.3 MB), plus the write-ahead
    // log's working segments (16 MB each; one new one measured). Before: 129 MB for six (the
    // log kept a second copy of each until the server stopped).
    expect(grew).toBeLessThan(stored * 10.5e6 + 2 * 16 * MB + 4 * MB);
    for (const [i, who] of people.entries())
      expect(await hasRecording(who)).toBe(answers[i]!.status === 302);
  });
});

describe("a recording over 10 MB", { timeout: slowTest }, () => {
  it("is refused as soon as it passes the limit, with words, before the rest is sent", async () => {
    const who = await personAtOwnWords("10.2.0.1");
    // No Content-Length (chunked), so only reading tells how large it is.
    const upload = new Upload(who, "my words stay with me");
    await upload.write(upload.head());
    const piece = recording(MB);
    for (let sent = 0; sent < 12 && !upload.answered; sent += 1) await upload.write(piece);
    const answer = await within(10_000, upload.answer);
    upload.stop();
    expect(answer?.status).toBe(413);
    expect(answer!.beforeEnd).toBe(true);
    expect(answer!.body).toContain(tooBigWords);
    // The words typed with it come back; nothing was kept.
    expect(answer!.body).toContain("my words stay with me");
    expect(await hasRecording(who)).toBe(false);
  });

  it("is refused at once when its declared length is over the limit", async () => {
    const who = await personAtOwnWords("10.2.0.2");
    const upload = new Upload(who, "", { declared: 50 * MB });
    await upload.write(upload.head());
    await upload.write(recording(MB));
    const answer = await within(10_000, upload.answer);
    upload.stop();
    expect(answer?.status).toBe(413);
    expect(answer!.beforeEnd).toBe(true);
    expect(answer!.body).toContain(tooBigWords);
  });

  it("of exactly 10 MB is taken", async () => {
    const who = await personAtOwnWords("10.2.0.3");
    const upload = new Upload(who, "", { fileSize: maxRecordingBytes });
    upload.end(Buffer.concat([upload.head(), recording(maxRecordingBytes), upload.tail()]));
    expect((await upload.answer).status).toBe(302);
    expect(await hasRecording(who)).toBe(true);
  });
});

describe("a recording longer than 2 minutes", { timeout: slowTest }, () => {
  it("is refused in words, whatever its size, and what the person typed comes back", async () => {
    const who = await personAtOwnWords("10.2.0.4");
    // 125 s of 8 kHz, 8-bit mono sound (8,000 bytes a second): 1 MB, a tenth of the limit.
    const file = recording(1_000_044, 8_000);
    const upload = new Upload(who, "what I said at length", { fileSize: file.byteLength });
    upload.end(Buffer.concat([upload.head(), file, upload.tail()]));
    const answer = await upload.answer;
    expect(answer.status).toBe(400);
    expect(answer.body).toContain(tooLongWords);
    expect(answer.body).toContain("what I said at length");
    expect(await hasRecording(who)).toBe(false);
    // Two minutes exactly is kept.
    const shorter = recording(120 * 8_000 + 44, 8_000);
    const again = new Upload(who, "", { fileSize: shorter.byteLength });
    again.end(Buffer.concat([again.head(), shorter, again.tail()]));
    expect((await again.answer).status).toBe(302);
    expect(await hasRecording(who)).toBe(true);
  });
});

describe("more recordings at once than the server takes", { timeout: slowTest }, () => {
  /** Starts an upload and sends its first megabyte; the rest waits for `finish`. */
  async function startSending(who: Person, typed: string) {
    const size = 4 * MB;
    const upload = new Upload(who, typed, { fileSize: size });
    const file = recording(size);
    await upload.write(Buffer.concat([upload.head(), file.subarray(0, MB)]));
    return {
      upload,
      finish: () => upload.end(Buffer.concat([file.subarray(MB), upload.tail()])),
    };
  }

  /** Waits until `count` of the uploads have been answered (or 20 s have passed). */
  async function answeredSoon(uploads: Upload[], count: number) {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && uploads.filter((u) => u.answered).length < count)
      await new Promise((resolve) => setTimeout(resolve, 50));
    // Give any further answer time to come: there should be none.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return uploads.filter((u) => u.answered);
  }

  it("takes four, asks the others in words to send again in a minute, and loses nothing", async () => {
    const people = await Promise.all(
      Array.from({ length: 6 }, (_, i) => personAtOwnWords(`10.3.0.${i + 1}`)),
    );
    const sending = await Promise.all(
      people.map((who, i) => startSending(who, `what happened to us, parent ${i + 1}`)),
    );
    const uploads = sending.map((s) => s.upload);
    try {
      const refused = await answeredSoon(uploads, 2);
      expect(refused.map((u) => u.answered!.status)).toEqual([503, 503]);
      for (const upload of refused) {
        expect(upload.answered!.beforeEnd).toBe(true);
        expect(upload.answered!.headers["retry-after"]).toBe("60");
        expect(upload.answered!.body).toContain(busyWords);
        expect(upload.answered!.body).toContain(upload.typed);
      }
      // The four taken finish and are stored; the two asked to wait have lost nothing and
      // gained nothing: their drafts are as they were.
      const taken = sending.filter((s) => !s.upload.answered);
      for (const { finish } of taken) finish();
      for (const { upload } of taken) expect((await upload.answer).status).toBe(302);
      for (const { upload } of sending)
        expect(await hasRecording(upload.who)).toBe(!refused.includes(upload));
      // And the next one is taken again.
      const again = await personAtOwnWords("10.3.0.1");
      const retry = await startSending(again, "sent again");
      retry.finish();
      expect((await retry.upload.answer).status).toBe(302);
    } finally {
      for (const upload of uploads) upload.stop();
    }
  });

  it("takes at most two at once from one address, so one sender cannot take every slot", async () => {
    const people = await Promise.all(Array.from({ length: 3 }, () => personAtOwnWords("10.4.0.1")));
    const sending: Awaited<ReturnType<typeof startSending>>[] = [];
    try {
      // One after another, so which one is refused is known.
      for (const [i, who] of people.entries()) {
        sending.push(await startSending(who, `from one school, child ${i + 1}`));
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      const refused = await answeredSoon(
        sending.map((s) => s.upload),
        1,
      );
      expect(refused.map((u) => u.answered!.status)).toEqual([503]);
      expect(refused[0]).toBe(sending[2]!.upload);
      // Another address is still taken meanwhile.
      const elsewhere = await startSending(await personAtOwnWords("10.4.0.2"), "");
      elsewhere.finish();
      expect((await elsewhere.upload.answer).status).toBe(302);
      for (const { upload, finish } of sending.slice(0, 2)) {
        finish();
        expect((await upload.answer).status).toBe(302);
      }
    } finally {
      for (const { upload } of sending) upload.stop();
    }
  });
});
