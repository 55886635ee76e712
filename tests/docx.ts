import { inflateRawSync } from "node:zlib";
import mammoth from "mammoth";

/*
 * Reading a downloaded Word document back, as someone opening it would: its text and its
 * structure (mammoth turns heading styles into h1–h3 and header rows into th), and one of its
 * parts as XML (a .docx is a zip: its central directory names each part).
 */

export async function docxText(file: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(file) })).value;
}

export async function docxHtml(file: Uint8Array): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: Buffer.from(file) })).value;
}

export function docxPart(file: Uint8Array, name: string): string {
  const zip = Buffer.from(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("not a zip file");
  let at = zip.readUInt32LE(end + 16);
  for (let entry = 0; entry < zip.readUInt16LE(end + 10); entry += 1) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString("utf8", at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    at += 46 + skip;
  }
  throw new Error(`no ${name} in the file`);
}
