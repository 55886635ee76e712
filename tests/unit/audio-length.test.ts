import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { audioSeconds, checkRecording } from "~/recordings/audio-length";
import { sniffAudioType } from "~/recordings/audio-type";

/*
 * A recording's length, read from its container, so the server holds every recording to the
 * in-page recorder's 2 minutes (#21): Ogg and MP3 made by the encoders the build uses, the
 * other containers built here the way browsers and phones write them.
 */

const seconds = (bytes: Uint8Array) => {
  const type = sniffAudioType(bytes);
  if (!type) throw new Error("not audio");
  return audioSeconds(bytes, type);
};

/** `length` seconds of silence as 16-bit mono WAV at `rate`. */
function wav(length: number, rate = 16_000, declared?: number): Uint8Array {
  const dataBytes = Math.round(length * rate) * 2;
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "latin1");
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write("WAVEfmt ", 8, "latin1");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28); // bytes a second
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36, "latin1");
  header.writeUInt32LE(declared ?? dataBytes, 40);
  return new Uint8Array(Buffer.concat([header, Buffer.alloc(dataBytes)]));
}

/** `length` seconds of silence through an encoder the build also uses (opusenc, lame). */
function encoded(command: "opusenc" | "lame", length: number): Uint8Array {
  const result = spawnSync(command, ["--quiet", "-", "-"], {
    input: wav(length, command === "lame" ? 44_100 : 16_000),
    maxBuffer: 64 * 2 ** 20,
  });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return new Uint8Array(result.stdout);
}

const bytes = (...parts: (number[] | Uint8Array | string)[]) =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === "string" ? [...part].map((c) => c.charCodeAt(0)) : [...part],
    ),
  );
const be = (value: number, size: number) =>
  Array.from({ length: size }, (_, i) => Math.floor(value / 256 ** (size - 1 - i)) % 256);

/** A Matroska element: its id's bytes, its size as an EBML number (or unknown), its body. */
const element = (id: number[], body: number[] | Uint8Array, unknownSize = false) => [
  ...id,
  ...(unknownSize
    ? [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]
    : body.length < 127
      ? [0x80 | body.length]
      : [0x01, ...be(body.length, 7)]),
  ...body,
];

/**
 * WebM as Chrome's and Firefox's recorders write it: a segment and clusters of unknown size,
 * no Duration, an Opus block every 20 ms, a cluster every 5 s.
 */
function webm(lengthMs: number, { duration }: { duration?: number } = {}): Uint8Array {
  const info = element(
    [0x15, 0x49, 0xa9, 0x66],
    [
      ...element([0x2a, 0xd7, 0xb1], be(1_000_000, 3)),
      ...(duration === undefined ? [] : element([0x44, 0x89], [...bytes(floatBytes(duration))])),
    ],
  );
  const tracks = element(
    [0x16, 0x54, 0xae, 0x6b],
    element([0xae], [...element([0xd7], [1]), ...element([0x83], [2])]),
  );
  const clusters: number[] = [];
  for (let start = 0; start < lengthMs; start += 5_000) {
    const blocks: number[] = [];
    for (let at = 0; at < 5_000 && start + at < lengthMs; at += 20)
      blocks.push(...element([0xa3], [0x81, ...be(at, 2), 0x80, 0xfc, 0xff, 0xfe]));
    clusters.push(
      ...element([0x1f, 0x43, 0xb6, 0x75], [...element([0xe7], be(start, 4)), ...blocks], true),
    );
  }
  return new Uint8Array([
    ...element([0x1a, 0x45, 0xdf, 0xa3], element([0x42, 0x82], [...bytes("webm")])),
    ...element([0x18, 0x53, 0x80, 0x67], [...info, ...tracks, ...clusters], true),
  ]);
}

function floatBytes(value: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setFloat64(0, value);
  return out;
}

/** An MP4 box. */
const box = (type: string, ...body: (number[] | Uint8Array)[]) => {
  const content = body.flatMap((part) => [...part]);
  return [...be(8 + content.length, 4), ...bytes(type), ...content];
};
const fullBox = (type: string, version: number, flags: number, ...body: number[][]) =>
  box(type, [version, ...be(flags, 3)], ...body);
const header = (type: "mvhd" | "mdhd", timescale: number, duration: number) =>
  fullBox(type, 0, 0, be(0, 4), be(0, 4), be(timescale, 4), be(duration, 4), new Array(80).fill(0));
const soundTrack = (timescale: number, duration: number) =>
  box(
    "trak",
    box(
      "mdia",
      header("mdhd", timescale, duration),
      fullBox("hdlr", 0, 0, be(0, 4), [...bytes("soun")], new Array(12).fill(0)),
    ),
  );

/** An M4A as a phone's recorder writes it: the length in the movie and track headers. */
const m4a = (length: number) =>
  new Uint8Array([
    ...box("ftyp", [...bytes("M4A ")], be(0, 4)),
    ...box("moov", header("mvhd", 1000, length * 1000), soundTrack(48_000, length * 48_000)),
  ]);

/**
 * A fragmented MP4 as Safari's recorder (and Chrome's, for audio/mp4) writes it: no length
 * in the headers, then one fragment a second, each 47 samples of 1024 at 48 kHz.
 */
function fragmentedMp4(fragments: number): Uint8Array {
  const moofs: number[] = [];
  for (let i = 0; i < fragments; i += 1) {
    const samples = Array.from({ length: 47 }, () => be(1024, 4)).flat();
    moofs.push(
      ...box(
        "moof",
        box(
          "traf",
          fullBox("tfhd", 0, 0x020000, be(1, 4)),
          fullBox("tfdt", 1, 0, be(i * 47 * 1024, 8)),
          fullBox("trun", 0, 0x000101, be(47, 4), be(0, 4), samples),
        ),
      ),
      ...box("mdat", new Array(100).fill(0)),
    );
  }
  return new Uint8Array([
    ...box("ftyp", [...bytes("iso5")], be(0, 4)),
    ...box(
      "moov",
      header("mvhd", 1000, 0),
      soundTrack(48_000, 0),
      box("mvex", fullBox("trex", 0, 0, be(1, 4), be(1, 4), be(0, 4), be(0, 4), be(0, 4))),
    ),
    ...moofs,
  ]);
}

/** FLAC whose STREAMINFO gives `samples` at 44.1 kHz. */
function flac(samples: number): Uint8Array {
  const info = new Uint8Array(18);
  const rate = 44_100;
  info[10] = rate >> 12;
  info[11] = (rate >> 4) & 0xff;
  info[12] = ((rate & 0x0f) << 4) | (0 << 1); // mono
  info[13] = (15 << 4) | Math.floor(samples / 2 ** 32); // 16 bits a sample
  new DataView(info.buffer).setUint32(14, samples % 2 ** 32);
  return bytes("fLaC", [0x80, 0, 0, 18], info);
}

/** AMR narrowband at 12.2 kb/s: a 32-byte frame each 20 ms. */
const amr = (length: number) =>
  bytes("#!AMR\n", ...Array.from({ length: length * 50 }, () => [0x3c, ...new Array(31).fill(0)]));

describe("how long a recording lasts, from its container", () => {
  it("reads Ogg Opus from its last granule position, less the pre-skip", () => {
    expect(seconds(encoded("opusenc", 30))).toBeCloseTo(30, 1);
  });

  it("reads MP3 by its frames", () => {
    // lame pads the end to a whole frame and adds its encoder delay: a few frames more.
    expect(seconds(encoded("lame", 30))).toBeGreaterThan(30);
    expect(seconds(encoded("lame", 30))).toBeLessThan(30.2);
  });

  it("reads WebM from its blocks' times when it has no Duration, as recorders write it", () => {
    expect(seconds(webm(12_000))).toBeCloseTo(11.98, 2);
    // A Duration that says less than the blocks do is not believed.
    expect(seconds(webm(130_000, { duration: 3_000 }))).toBeCloseTo(129.98, 2);
    expect(seconds(webm(3_000, { duration: 130_000 }))).toBe(130);
  });

  it("reads MP4 from its headers, and a fragmented one from its fragments", () => {
    expect(seconds(m4a(95))).toBe(95);
    expect(seconds(fragmentedMp4(10))).toBeCloseTo((10 * 47 * 1024) / 48_000, 5);
  });

  it("reads WAV from its data and rate, and counts what came when the size was not known", () => {
    expect(seconds(wav(7))).toBe(7);
    expect(seconds(wav(7, 16_000, 0xffffffff))).toBe(7);
  });

  it("reads FLAC from its STREAMINFO, and AMR by its frames", () => {
    expect(seconds(flac(44_100 * 90))).toBe(90);
    expect(seconds(amr(4))).toBeCloseTo(4, 5);
  });

  it("knows no length for a container it cannot read", () => {
    expect(seconds(bytes("RIFF", [0, 0, 0, 0], "WAVE", new Array(40).fill(7)))).toBeUndefined();
    expect(seconds(bytes("OggS", new Array(24).fill(0), "NotACodec", new Array(20).fill(0)))).toBe(
      undefined,
    );
    expect(seconds(flac(0))).toBeUndefined();
  });
});

describe("a recording longer than the recorder's 2 minutes is refused", () => {
  it("keeps 2 minutes, and a moment over that the in-page recorder can run to", () => {
    expect(checkRecording(webm(120_000))).toMatchObject({ type: { extension: "webm" } });
    expect(checkRecording(webm(121_500))).toMatchObject({ type: { extension: "webm" } });
    expect(checkRecording(m4a(120))).toMatchObject({ type: { extension: "m4a" } });
  });

  it("refuses longer ones in every container", () => {
    for (const recording of [
      encoded("opusenc", 125),
      encoded("lame", 125),
      webm(125_000),
      m4a(125),
      fragmentedMp4(125),
      wav(125),
      flac(44_100 * 125),
      amr(125),
    ])
      expect(checkRecording(recording)).toMatchObject({ refused: "tooLong" });
  });

  it("refuses a file whose length cannot be read as not a recording it can use", () => {
    expect(checkRecording(bytes("RIFF", [0, 0, 0, 0], "WAVE", new Array(40).fill(7)))).toEqual({
      refused: "notAudio",
    });
  });
});
