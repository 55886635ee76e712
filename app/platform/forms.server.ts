import { data } from "@remix-run/node";

/** Largest form a page accepts (text answers are at most 5,000 characters). */
const maxFormBytes = 64 * 1024;

/**
 * Reads a posted form, or answers 400 when the body is not a form we can read (wrong content
 * type, malformed, too large). Never a 500: a person gets words they can act on.
 */
export async function readForm(request: Request): Promise<FormData> {
  const type = request.headers.get("Content-Type") ?? "";
  const length = Number(request.headers.get("Content-Length") ?? 0);
  const isForm =
    type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
  if (!isForm || length > maxFormBytes) throw data({ badRequest: true }, { status: 400 });
  try {
    const text = type.startsWith("application/x-www-form-urlencoded")
      ? await request.text()
      : undefined;
    if (text !== undefined) {
      if (text.length > maxFormBytes) throw new Error("too large");
      return urlEncodedForm(text);
    }
    return await request.formData();
  } catch {
    throw data({ badRequest: true }, { status: 400 });
  }
}

function urlEncodedForm(text: string): FormData {
  const form = new FormData();
  for (const [key, value] of new URLSearchParams(text)) form.append(key, value);
  return form;
}
