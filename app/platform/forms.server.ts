import { Busboy } from "@fastify/busboy";
import { data } from "@remix-run/node";

/** Largest form a page accepts (text answers are at most 5,000 characters). */
export const maxFormBytes = 64 * 1024;

const badRequest = () => data({ badRequest: true }, { status: 400 });

/** Reads at most `limit` bytes of a body, whatever Content-Length says (or does not say). */
async function readCapped(request: Request, limit: number): Promise<Uint8Array> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error("too large");
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * Reads a posted form, or answers 400 when the body is not a form we can read (wrong content
 * type, malformed, too large). Never a 500: a person gets words they can act on.
 */
export async function readForm(
  request: Request,
  { maxBytes = maxFormBytes }: { maxBytes?: number } = {},
): Promise<FormData> {
  const type = request.headers.get("Content-Type") ?? "";
  const urlEncoded = type.startsWith("application/x-www-form-urlencoded");
  if (!urlEncoded && !type.startsWith("multipart/form-data")) throw badRequest();
  if (Number(request.headers.get("Content-Length") ?? 0) > maxBytes) throw badRequest();
  try {
    const body = await readCapped(request, maxBytes);
    if (urlEncoded) {
      const form = new FormData();
      for (const [key, value] of new URLSearchParams(new TextDecoder().decode(body)))
        form.append(key, value);
      return form;
    }
    return await new Response(body as unknown as BodyInit, {
      headers: { "Content-Type": type },
    }).formData();
  } catch {
    throw badRequest();
  }
}

/** Why an upload was answered before its body had all arrived. */
export type UploadRefusal =
  /** The file (or the whole body) is larger than the form takes. */
  | "tooLarge"
  /** No upload slot was free: the person is asked to send it again in a minute. */
  | "busy";

export interface UploadedForm {
  /** The text fields, in the order they came (before a refusal: those that came first). */
  form: FormData;
  /** The file's bytes, when one with content was sent and kept. */
  file?: Uint8Array;
  refused?: UploadRefusal;
  /** Gives back the slot the file took; call it once the file is stored (or not). */
  release(): void;
}

export interface UploadOptions {
  /** The file field kept (`recording`); any other file is read and dropped. */
  fileField: string;
  maxFileBytes: number;
  /**
   * A slot for the file, asked for when its first byte comes; undefined answers "busy". Without
   * it the file is read and dropped (a page that only needs the text fields).
   */
  takeSlot?: () => (() => void) | undefined;
}

/** How long the rest of a refused body is read and dropped before the connection is closed. */
const lingerMs = 30_000;

/**
 * After an early answer, the rest of the body is read and dropped (never kept) for up to
 * `lingerMs`, as a web server's lingering close does: a browser still sending then gets the
 * answer rather than a broken connection. Closing the body sooner closes the connection.
 */
function dropTheRest(reader: ReadableStreamDefaultReader<Uint8Array>) {
  const timer = setTimeout(() => void reader.cancel().catch(() => {}), lingerMs);
  timer.unref();
  void (async () => {
    try {
      while (!(await reader.read()).done);
    } catch {
      // The connection went; nothing is left to drop.
    } finally {
      clearTimeout(timer);
    }
  })();
}

/** A buffer that grows to the file's size, never past `max`; sized from Content-Length. */
class FileBytes {
  #bytes: Uint8Array;
  #length = 0;

  constructor(
    expected: number,
    private readonly max: number,
  ) {
    this.#bytes = new Uint8Array(Math.min(max, expected > 0 ? expected : 1024 * 1024));
  }

  add(chunk: Uint8Array) {
    if (this.#length + chunk.byteLength > this.#bytes.byteLength) {
      const grown = new Uint8Array(
        Math.min(this.max, Math.max(this.#length + chunk.byteLength, this.#bytes.byteLength * 2)),
      );
      grown.set(this.#bytes.subarray(0, this.#length));
      this.#bytes = grown;
    }
    this.#bytes.set(chunk, this.#length);
    this.#length += chunk.byteLength;
  }

  get bytes(): Uint8Array {
    return this.#bytes.subarray(0, this.#length);
  }
}

/**
 * Reads a form that may carry one file (a page with a recording) as it arrives, never holding
 * the body whole: text fields up to `maxFormBytes` in all, the file copied once into a buffer
 * of its own size. Answers early, without reading on, when the file passes `maxFileBytes`
 * ("tooLarge") or no upload slot is free ("busy"). A body that is not a form we can read is a
 * 400, as in `readForm`.
 */
export async function readUploadForm(
  request: Request,
  { fileField, maxFileBytes, takeSlot }: UploadOptions,
): Promise<UploadedForm> {
  const type = request.headers.get("Content-Type") ?? "";
  const maxBodyBytes = maxFileBytes + maxFormBytes;
  const declared = Number(request.headers.get("Content-Length") ?? 0);
  const reader = request.body?.getReader();
  const form = new FormData();
  let release = () => {};
  const answer = (refused?: UploadRefusal, file?: Uint8Array): UploadedForm => ({
    form,
    file,
    refused,
    release: () => release(),
  });
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) throw badRequest();
  if (declared > maxBodyBytes) {
    if (reader) dropTheRest(reader);
    return answer("tooLarge");
  }
  let parser: ReturnType<typeof Busboy>;
  try {
    parser = Busboy({
      headers: { "content-type": type },
      limits: {
        fileSize: maxFileBytes,
        files: 1,
        fieldSize: maxFormBytes,
        fields: 50,
        parts: 60,
        headerPairs: 20,
      },
    });
  } catch {
    if (reader) dropTheRest(reader);
    throw badRequest();
  }

  let refused: UploadRefusal | undefined;
  let malformed = false;
  let fieldBytes = 0;
  let file: FileBytes | undefined;
  parser.on("field", (name, value, _nameTruncated, valueTruncated) => {
    fieldBytes += Buffer.byteLength(value);
    if (valueTruncated || fieldBytes > maxFormBytes) malformed = true;
    else form.append(name, value);
  });
  parser.on("file", (name, stream) => {
    // Errors reach the parser too, and are answered there.
    stream.on("error", () => {});
    if (name !== fileField || !takeSlot) return void stream.resume();
    stream.on("data", (chunk: Buffer) => {
      if (refused) return;
      if (!file) {
        const slot = takeSlot();
        if (!slot) return void (refused = "busy");
        release = slot;
        file = new FileBytes(declared, maxFileBytes);
      }
      file.add(chunk);
    });
    stream.on("limit", () => void (refused = "tooLarge"));
  });
  const broken = new Promise<never>((_, reject) => parser.on("error", reject));
  broken.catch(() => {});
  const write = (chunk: Uint8Array) =>
    Promise.race([
      new Promise<void>((resolve, reject) =>
        parser.write(chunk, (error) => (error ? reject(error) : resolve())),
      ),
      broken,
    ]);

  let received = 0;
  let ended = false;
  try {
    while (reader && !refused && !malformed) {
      const { done, value } = await reader.read();
      if (done) {
        ended = true;
        break;
      }
      received += value.byteLength;
      if (received > maxBodyBytes) refused = "tooLarge";
      else await write(value);
    }
    if (!refused && !malformed)
      await Promise.race([
        new Promise<void>((resolve) => {
          parser.once("finish", resolve);
          parser.end();
        }),
        broken,
      ]);
  } catch {
    malformed = true;
  }
  if (refused || malformed) {
    release();
    if (reader && !ended) dropTheRest(reader);
    if (malformed && !refused) throw badRequest();
    return answer(refused);
  }
  return answer(undefined, file?.bytes.byteLength ? file.bytes : undefined);
}
