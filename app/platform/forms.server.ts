import { data } from "@remix-run/node";

/** Largest form a page accepts (text answers are at most 5,000 characters). */
const maxFormBytes = 64 * 1024;

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
