/*
 * What a typed field may hold. A one-line field (a name, an address, a title) holds no line
 * break and no control character: such a name would start new lines in the emails it is put
 * into ("Dear Asha,\n\nYour place is cancelled …"), and in the headers and files made from it.
 * Text boxes keep their line breaks and tabs, and lose only the other control characters.
 * Control characters: C0, DEL and C1; line breaks also Unicode's line and paragraph separators.
 */
import { z } from "zod";

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const breakOrControl = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- as above, less tab, line feed and return
const controlInText = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;

/** True when the text can stand on one line: no line breaks, no control characters. */
export const isOneLine = (text: string): boolean => !breakOrControl.test(text);

/** True when a text box's words hold no control character but line breaks and tabs. */
export const hasNoControlCharacters = (text: string): boolean => !controlInText.test(text);

/** How a text box's words are kept (surveys/typed-text.ts: own words are kept the same way). */
export { textBoxText } from "~surveys/typed-text";

/** A one-line text field: refused with `message` if it holds a break or control character. */
export const oneLineText = (message: string) => z.string().refine(isOneLine, message).trim();
