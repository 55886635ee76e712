import { createHash, randomBytes, randomInt } from "node:crypto";

/** An unguessable token for links and cookies (144 bits). */
export function randomToken(bytes = 18): string {
  return randomBytes(bytes).toString("base64url");
}

/** Letters and digits a person cannot confuse when copying from paper: no 0/O, 1/I/L. */
export const readableAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function readableCode(length: number): string {
  let code = "";
  for (let i = 0; i < length; i += 1) code += readableAlphabet[randomInt(readableAlphabet.length)];
  return code;
}

/** Tidies a code typed by a person: any case, with spaces or dashes. */
export function normaliseReadableCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("base64url");
}
