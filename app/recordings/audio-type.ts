/** The largest recording we take: about 10 minutes of phone-quality speech. */
export const maxRecordingBytes = 10 * 1024 * 1024;

/** How long the in-page recorder records before it stops by itself. */
export const maxRecordingSeconds = 120;

export interface AudioType {
  contentType: string;
  extension: string;
}

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

/**
 * What kind of audio a file holds, from its first bytes — never from its name or the type the
 * browser claims, which anyone can set. Covers what phones and browsers record: WebM (Chrome,
 * Firefox, Android), MP4/M4A and 3GP (iPhone, Android recorders), Ogg, WAV, MP3, FLAC, AMR.
 * Anything else is not audio we will keep or play.
 */
export function sniffAudioType(bytes: Uint8Array): AudioType | undefined {
  if (bytes.length < 12) return undefined;
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3)
    return { contentType: "audio/webm", extension: "webm" };
  if (ascii(bytes, 0, 4) === "OggS") return { contentType: "audio/ogg", extension: "ogg" };
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WAVE")
    return { contentType: "audio/wav", extension: "wav" };
  if (ascii(bytes, 0, 4) === "fLaC") return { contentType: "audio/flac", extension: "flac" };
  if (ascii(bytes, 0, 6) === "#!AMR\n") return { contentType: "audio/amr", extension: "amr" };
  if (ascii(bytes, 4, 4) === "ftyp") {
    const brand = ascii(bytes, 8, 4);
    if (brand.startsWith("3g")) return { contentType: "audio/3gpp", extension: "3gp" };
    return { contentType: "audio/mp4", extension: "m4a" };
  }
  if (ascii(bytes, 0, 3) === "ID3") return { contentType: "audio/mpeg", extension: "mp3" };
  // An MPEG audio frame header: 11 sync bits, then a layer that is not "reserved".
  if (bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0 && (bytes[1]! & 0x06) !== 0)
    return { contentType: "audio/mpeg", extension: "mp3" };
  return undefined;
}
