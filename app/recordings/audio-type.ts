/** The largest recording we take: about 10 minutes of phone-quality speech. */
export const maxRecordingBytes = 10 * 1024 * 1024;

/** How long the in-page recorder records before it stops by itself. */
export const maxRecordingSeconds = 120;

/** A length of time as a recorder shows it: "2:00". */
export const recordingClock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, "0")}`;

export interface AudioType {
  contentType: string;
  extension: string;
}

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

/** Where `pattern` first occurs in `bytes` from `from`, before `to`; -1 when it does not. */
function indexOf(bytes: Uint8Array, pattern: number[], from = 0, to = bytes.length): number {
  const end = Math.min(to, bytes.length) - pattern.length;
  outer: for (let i = from; i <= end; i += 1) {
    for (let j = 0; j < pattern.length; j += 1) if (bytes[i + j] !== pattern[j]) continue outer;
    return i;
  }
  return -1;
}
const codes = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * MP4 family (M4A, 3GP, what Safari records): a sound track and no picture track. Handler
 * boxes (`hdlr`) name each track's kind four bytes after their version and pre-defined fields;
 * phone videos have `vide`, HEIC and AVIF photos `pict` and no `soun`.
 */
function mp4HoldsOnlySound(bytes: Uint8Array): boolean {
  let sound = false;
  for (
    let at = indexOf(bytes, codes("hdlr"));
    at >= 0;
    at = indexOf(bytes, codes("hdlr"), at + 4)
  ) {
    const kind = ascii(bytes, at + 12, 4);
    if (kind === "vide" || kind === "pict") return false;
    if (kind === "soun") sound = true;
  }
  return sound;
}

/**
 * WebM/Matroska: the Tracks element (ID 1654AE6B) lists each track's type (element 83, one
 * byte: 1 video, 2 audio). Recordings have an audio track and no video track.
 */
function matroskaHoldsOnlySound(bytes: Uint8Array): boolean {
  const tracks = indexOf(bytes, [0x16, 0x54, 0xae, 0x6b], 0, 64 * 1024);
  if (tracks < 0) return false;
  const window = tracks + 8 * 1024;
  const video = indexOf(bytes, [0x83, 0x81, 0x01], tracks, window) >= 0;
  const audio = indexOf(bytes, [0x83, 0x81, 0x02], tracks, window) >= 0;
  return audio && !video;
}

const mpeg1Layer3Kbps = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const mpeg2Layer3Kbps = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const sampleRates = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000] } as const;

/** An MPEG layer III frame header at `at`: its length in bytes, or 0 when it is not one. */
function mp3FrameLength(bytes: Uint8Array, at: number): number {
  if (at + 4 > bytes.length || bytes[at] !== 0xff) return 0;
  const b1 = bytes[at + 1]!;
  const b2 = bytes[at + 2]!;
  if ((b1 & 0xe0) !== 0xe0 || (b1 & 0x06) !== 0x02) return 0; // sync, layer III
  const version = (b1 >> 3) & 0x03; // 3: MPEG-1, 2: MPEG-2
  if (version !== 3 && version !== 2) return 0;
  const kbps = (version === 3 ? mpeg1Layer3Kbps : mpeg2Layer3Kbps)[b2 >> 4];
  const rate = sampleRates[version][(b2 >> 2) & 0x03];
  if (!kbps || !rate) return 0;
  const padding = (b2 >> 1) & 0x01;
  return Math.floor(((version === 3 ? 144 : 72) * kbps * 1000) / rate) + padding;
}

/**
 * What kind of audio a file holds, from its bytes — never from its name or the type the
 * browser claims, which anyone can set. Covers what phones and browsers record: WebM (Chrome,
 * Firefox, Android), MP4/M4A and 3GP (iPhone, Android recorders), Ogg, WAV, MP3, FLAC, AMR.
 * A video or a photo in one of those containers is refused: only sound is kept.
 */
export function sniffAudioType(bytes: Uint8Array): AudioType | undefined {
  if (bytes.length < 12) return undefined;
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3)
    return matroskaHoldsOnlySound(bytes)
      ? { contentType: "audio/webm", extension: "webm" }
      : undefined;
  if (ascii(bytes, 0, 4) === "OggS")
    // Ogg may carry Theora video; speech recordings carry Opus, Vorbis, Speex or FLAC.
    return indexOf(bytes, codes("theora"), 0, 4096) < 0
      ? { contentType: "audio/ogg", extension: "ogg" }
      : undefined;
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WAVE")
    return { contentType: "audio/wav", extension: "wav" };
  if (ascii(bytes, 0, 4) === "fLaC") return { contentType: "audio/flac", extension: "flac" };
  if (ascii(bytes, 0, 6) === "#!AMR\n") return { contentType: "audio/amr", extension: "amr" };
  if (ascii(bytes, 4, 4) === "ftyp") {
    if (!mp4HoldsOnlySound(bytes)) return undefined;
    return ascii(bytes, 8, 4).startsWith("3g")
      ? { contentType: "audio/3gpp", extension: "3gp" }
      : { contentType: "audio/mp4", extension: "m4a" };
  }
  if (ascii(bytes, 0, 3) === "ID3") return { contentType: "audio/mpeg", extension: "mp3" };
  // No tag: two MPEG audio frames in a row, the second where the first says it ends.
  const first = mp3FrameLength(bytes, 0);
  if (first && mp3FrameLength(bytes, first)) return { contentType: "audio/mpeg", extension: "mp3" };
  return undefined;
}
