import { maxRecordingSeconds, sniffAudioType } from "./audio-type";
import type { AudioType } from "./audio-type";

/*
 * How long a recording lasts, read from its container as a player would: never from a number
 * the browser sends. Each format keeps its length its own way: Ogg in the granule position of
 * its pages, WebM in its blocks' timecodes, MP4 in its movie and fragment headers, WAV and
 * FLAC in a header, MP3 and AMR in their frames. `undefined` when the file holds no length
 * that can be read (a broken or foreign file).
 */

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

function view(bytes: Uint8Array) {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Where `text` next occurs in `bytes` from `from`; -1 when it does not. */
function find(bytes: Uint8Array, text: string, from: number): number {
  const first = text.charCodeAt(0);
  for (let at = bytes.indexOf(first, from); at >= 0; at = bytes.indexOf(first, at + 1)) {
    if (at + text.length > bytes.length) return -1;
    if (ascii(bytes, at, text.length) === text) return at;
  }
  return -1;
}

/**
 * Ogg: each logical stream's last granule position, in its codec's samples (Opus counts at
 * 48 kHz after its pre-skip; Vorbis, Speex and FLAC at the rate their first header gives).
 * Streams one after another (chained) add up.
 */
function oggSeconds(bytes: Uint8Array): number | undefined {
  const data = view(bytes);
  const streams = new Map<number, { rate: number; skip: number; last: bigint }>();
  let unreadable = false;
  for (let at = find(bytes, "OggS", 0); at >= 0 && at + 27 <= bytes.length; ) {
    const segments = bytes[at + 26]!;
    const bodyAt = at + 27 + segments;
    if (bodyAt > bytes.length) break;
    let bodyLength = 0;
    for (let i = 0; i < segments; i += 1) bodyLength += bytes[at + 27 + i]!;
    const granule = data.getBigInt64(at + 6, true);
    const serial = data.getUint32(at + 14, true);
    const beginsStream = (bytes[at + 5]! & 0x02) !== 0;
    if (beginsStream) {
      const codec = oggCodec(bytes.subarray(bodyAt, bodyAt + bodyLength));
      if (codec) streams.set(serial, { ...codec, last: 0n });
      else unreadable = true;
    }
    const stream = streams.get(serial);
    if (stream && granule > stream.last) stream.last = granule;
    // The next page where this one ends; if its bytes are not a page, the next capture pattern.
    const next = bodyAt + bodyLength;
    at = ascii(bytes, next, 4) === "OggS" ? next : find(bytes, "OggS", at + 4);
  }
  if (unreadable || streams.size === 0) return undefined;
  let seconds = 0;
  for (const { rate, skip, last } of streams.values())
    seconds += Math.max(0, Number(last) - skip) / rate;
  return seconds;
}

/** The codec of an Ogg stream from its first packet: its granule rate and samples to skip. */
function oggCodec(packet: Uint8Array): { rate: number; skip: number } | undefined {
  if (packet.length < 19) return undefined;
  const data = view(packet);
  if (ascii(packet, 0, 8) === "OpusHead") return { rate: 48_000, skip: data.getUint16(10, true) };
  if (ascii(packet, 0, 7) === "\x01vorbis" && packet.length >= 16)
    return positive(data.getUint32(12, true));
  if (ascii(packet, 0, 8) === "Speex   " && packet.length >= 40)
    return positive(data.getUint32(36, true));
  // Ogg FLAC: "\x7FFLAC", version, header count, "fLaC", then the STREAMINFO block.
  if (ascii(packet, 0, 5) === "\x7FFLAC" && packet.length >= 13 + 4 + 18)
    return positive(flacSampleRate(packet, 13 + 4));
  return undefined;
}

const positive = (rate: number) => (rate > 0 ? { rate, skip: 0 } : undefined);

/** A FLAC STREAMINFO block's sample rate (20 bits, ten bytes in). */
function flacSampleRate(bytes: Uint8Array, info: number): number {
  return (bytes[info + 10]! << 12) | (bytes[info + 11]! << 4) | (bytes[info + 12]! >> 4);
}

/** FLAC: the total samples (36 bits) and sample rate of its STREAMINFO block. */
function flacSeconds(bytes: Uint8Array): number | undefined {
  const info = 4 + 4; // "fLaC", then the block's header
  if (bytes.length < info + 18 || (bytes[4]! & 0x7f) !== 0) return undefined;
  const rate = flacSampleRate(bytes, info);
  const samples = (bytes[info + 13]! & 0x0f) * 2 ** 32 + view(bytes).getUint32(info + 14);
  // A stream whose encoder did not know its length says 0: it cannot be read here.
  return rate > 0 && samples > 0 ? samples / rate : undefined;
}

/** WAV: the data chunk's bytes (or what there is of them) over the format's bytes a second. */
function wavSeconds(bytes: Uint8Array): number | undefined {
  const data = view(bytes);
  let byteRate = 0;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = ascii(bytes, at, 4);
    const size = data.getUint32(at + 4, true);
    if (id === "fmt " && at + 20 <= bytes.length) byteRate = data.getUint32(at + 8 + 8, true);
    if (id === "data") {
      // Recorders that stream a WAV write its size as 0 or 0xFFFFFFFF: count what came.
      const there = bytes.length - (at + 8);
      const length = size > 0 && size <= there ? size : there;
      return byteRate > 0 ? length / byteRate : undefined;
    }
    at += 8 + size + (size % 2);
  }
  return undefined;
}

/** Matroska element ids this reader steps into (the others it steps over). */
const segmentId = 0x18538067;
const clusterId = 0x1f43b675;
const blockGroupId = 0xa0;
const infoId = 0x1549a966;

/** An EBML variable-length number at `at`: its value and length; the marker bit removed. */
function vint(bytes: Uint8Array, at: number, keepMarker = false) {
  const first = bytes[at];
  if (first === undefined || first === 0) return undefined;
  const length = Math.clz32(first) - 23;
  if (at + length > bytes.length) return undefined;
  let value = keepMarker ? first : first & (0xff >> length);
  let unknown = value === 0xff >> length;
  for (let i = 1; i < length; i += 1) {
    value = value * 256 + bytes[at + i]!;
    if (bytes[at + i] !== 0xff) unknown = false;
  }
  return { value, length, unknown: !keepMarker && unknown };
}

const uint = (bytes: Uint8Array, at: number, size: number) => {
  let value = 0;
  for (let i = 0; i < size; i += 1) value = value * 256 + bytes[at + i]!;
  return value;
};

/**
 * WebM: the latest block's time (its cluster's timecode plus its own), or the Info's Duration
 * when that is later, in the segment's timecode scale. Browsers' recorders write no Duration
 * and clusters of unknown size, so the blocks are what count.
 */
function webmSeconds(bytes: Uint8Array): number | undefined {
  let scale = 1_000_000; // nanoseconds a tick, unless the Info says otherwise
  let duration = 0;
  let cluster = 0;
  let latest = 0;
  let at = 0;
  while (at < bytes.length) {
    const id = vint(bytes, at, true);
    const size = id && vint(bytes, at + id.length);
    if (!id || !size) break;
    const body = at + id.length + size.length;
    const end = body + size.value;
    if ([segmentId, clusterId, blockGroupId, infoId].includes(id.value)) {
      at = body; // step in: its children follow
      continue;
    }
    if (size.unknown || end > bytes.length) break;
    if (id.value === 0x2ad7b1) scale = uint(bytes, body, size.value);
    else if (id.value === 0x4489 && (size.value === 4 || size.value === 8))
      duration = size.value === 4 ? view(bytes).getFloat32(body) : view(bytes).getFloat64(body);
    else if (id.value === 0xe7) cluster = uint(bytes, body, size.value);
    else if (id.value === 0xa3 || id.value === 0xa1) {
      const track = vint(bytes, body);
      if (track && body + track.length + 2 <= end)
        latest = Math.max(latest, cluster + view(bytes).getInt16(body + track.length));
    }
    at = end;
  }
  if (!(scale > 0) || !Number.isFinite(duration)) return undefined;
  return (Math.max(latest, duration) * scale) / 1e9;
}

/**
 * MP4, M4A and 3GP: the movie's length (mvhd) or its sound track's (mdhd), whichever is
 * longer; for a fragmented file (what Safari records) each fragment's start and samples too.
 */
function mp4Seconds(bytes: Uint8Array): number | undefined {
  const data = view(bytes);
  let longest: number | undefined;
  let timescale = 0;
  let defaultDuration = 0;
  const note = (seconds: number) => (longest = Math.max(longest ?? 0, seconds));
  const walk = (from: number, to: number) => {
    for (let at = from; at + 8 <= to; ) {
      let size = data.getUint32(at);
      const type = ascii(bytes, at, 4 + 4).slice(4);
      let header = 8;
      if (size === 1 && at + 16 <= to) {
        size = Number(data.getBigUint64(at + 8));
        header = 16;
      } else if (size === 0) size = to - at;
      if (size < header || at + size > to) return;
      const body = at + header;
      if (["moov", "trak", "mdia", "mvex", "moof", "traf"].includes(type)) walk(body, at + size);
      else if (type === "mvhd" || type === "mdhd") {
        const v1 = bytes[body] === 1;
        const scale = data.getUint32(body + (v1 ? 20 : 12));
        const length = v1 ? Number(data.getBigUint64(body + 24)) : data.getUint32(body + 16);
        if (type === "mdhd") timescale = scale;
        // All ones means "not known".
        if (scale > 0 && length !== 0xffffffff && length < Number.MAX_SAFE_INTEGER)
          note(length / scale);
      } else if (type === "trex") defaultDuration = data.getUint32(body + 12);
      else if (type === "tfhd") fragment.duration = tfhdDuration(body) ?? defaultDuration;
      else if (type === "tfdt")
        fragment.start =
          bytes[body] === 1 ? Number(data.getBigUint64(body + 4)) : data.getUint32(body + 4);
      else if (type === "trun" && timescale > 0)
        note((fragment.start + trunDuration(body, fragment.duration)) / timescale);
      at += size;
    }
  };
  const fragment = { start: 0, duration: 0 };
  const tfhdDuration = (body: number) => {
    const flags = data.getUint32(body) & 0xffffff;
    let at = body + 8;
    for (const [flag, size] of [
      [0x01, 8],
      [0x02, 4],
    ] as const)
      if (flags & flag) at += size;
    return flags & 0x08 ? data.getUint32(at) : undefined;
  };
  const trunDuration = (body: number, fallback: number) => {
    const flags = data.getUint32(body) & 0xffffff;
    const count = data.getUint32(body + 4);
    let at = body + 8 + (flags & 0x01 ? 4 : 0) + (flags & 0x04 ? 4 : 0);
    if (!(flags & 0x100)) return count * fallback;
    const perSample = [0x100, 0x200, 0x400, 0x800].filter((f) => flags & f).length * 4;
    let total = 0;
    for (let i = 0; i < count && at + 4 <= bytes.length; i += 1, at += perSample)
      total += data.getUint32(at);
    return total;
  };
  walk(0, bytes.length);
  return longest;
}

/** MPEG audio layer III: every frame, each 1152 samples (MPEG-1) or 576 (MPEG-2). */
const mp3Kbps = {
  3: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
} as const;
const mp3Rates = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000] } as const;

function mp3Frame(bytes: Uint8Array, at: number): { length: number; seconds: number } | undefined {
  if (at + 4 > bytes.length || bytes[at] !== 0xff) return undefined;
  const b1 = bytes[at + 1]!;
  const b2 = bytes[at + 2]!;
  if ((b1 & 0xe0) !== 0xe0 || (b1 & 0x06) !== 0x02) return undefined;
  const version = (b1 >> 3) & 0x03;
  if (version !== 3 && version !== 2) return undefined;
  const kbps = mp3Kbps[version][b2 >> 4];
  const rate = mp3Rates[version][(b2 >> 2) & 0x03];
  if (!kbps || !rate) return undefined;
  const samples = version === 3 ? 1152 : 576;
  const length = Math.floor(((samples / 8) * kbps * 1000) / rate) + ((b2 >> 1) & 0x01);
  return { length, seconds: samples / rate };
}

function mp3Seconds(bytes: Uint8Array): number | undefined {
  let at = 0;
  if (ascii(bytes, 0, 3) === "ID3" && bytes.length >= 10) {
    // The tag's size: four bytes of seven bits each, after its ten-byte header.
    at = 10 + (((bytes[6]! << 21) | (bytes[7]! << 14) | (bytes[8]! << 7) | bytes[9]!) >>> 0);
  }
  let seconds = 0;
  let frames = 0;
  while (at < bytes.length) {
    const frame = mp3Frame(bytes, at);
    // Bytes between frames (a tag, damage): go on from the next two frames in a row, as
    // players do.
    if (!frame || !mp3Frame(bytes, at + frame.length)) {
      if (frame && at + frame.length >= bytes.length) {
        seconds += frame.seconds;
        frames += 1;
        break;
      }
      at = bytes.indexOf(0xff, at + 1);
      if (at < 0) break;
      continue;
    }
    seconds += frame.seconds;
    frames += 1;
    at += frame.length;
  }
  return frames ? seconds : undefined;
}

/** AMR narrowband: 20 ms a frame, its size from the frame type in each frame's first byte. */
const amrFrameBytes = [12, 13, 15, 17, 19, 20, 26, 31, 5, 0, 0, 0, 0, 0, 0, 0];

function amrSeconds(bytes: Uint8Array): number | undefined {
  let frames = 0;
  for (let at = 6; at < bytes.length; frames += 1)
    at += 1 + amrFrameBytes[(bytes[at]! >> 3) & 0x0f]!;
  return frames * 0.02;
}

/** How many seconds of sound `bytes` hold, read from their container (see above). */
export function audioSeconds(bytes: Uint8Array, type: AudioType): number | undefined {
  switch (type.extension) {
    case "ogg":
      return oggSeconds(bytes);
    case "webm":
      return webmSeconds(bytes);
    case "m4a":
    case "3gp":
      return mp4Seconds(bytes);
    case "wav":
      return wavSeconds(bytes);
    case "flac":
      return flacSeconds(bytes);
    case "mp3":
      return mp3Seconds(bytes);
    case "amr":
      return amrSeconds(bytes);
    default:
      return undefined;
  }
}

/**
 * The in-page recorder stops at its first look past the limit (every quarter second), and
 * its encoder may hold a few frames more: a recording made in the page is never refused.
 */
const recorderOverrunSeconds = 2;

export type RecordingCheck =
  | { type: AudioType; seconds: number }
  | { refused: "notAudio" | "tooLong"; seconds?: number };

/**
 * Whether a recording is kept: sound, by its bytes, that lasts no longer than the recorder's
 * limit (2 minutes), by its container. A file chosen without JavaScript, or sent by anything
 * but the page, is held to the same limit as the page's recorder.
 */
export function checkRecording(bytes: Uint8Array): RecordingCheck {
  const type = sniffAudioType(bytes);
  const seconds = type && audioSeconds(bytes, type);
  if (!type || seconds === undefined) return { refused: "notAudio" };
  if (seconds > maxRecordingSeconds + recorderOverrunSeconds)
    return { refused: "tooLong", seconds };
  return { type, seconds };
}
