import { describe, expect, it } from "vitest";
import { sniffAudioType } from "~/recordings/audio-type";

/*
 * Recordings are kept only when their bytes are sound: a phone video, a photo or a web page
 * renamed to voice.mp3 is refused, whatever its name or claimed type.
 */
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === "string" ? [...part].map((c) => c.charCodeAt(0)) : part,
    ),
  );
const pad = (n: number) => new Array(n).fill(0);

const ebml = [0x1a, 0x45, 0xdf, 0xa3];
const tracks = [0x16, 0x54, 0xae, 0x6b, 0x8a, 0xae, 0x88];
const webmAudio = bytes(ebml, pad(20), "webm", pad(20), tracks, [0x83, 0x81, 0x02], pad(40));
const webmVideo = bytes(
  ebml,
  pad(20),
  "webm",
  pad(20),
  tracks,
  [0x83, 0x81, 0x01],
  pad(10),
  [0x83, 0x81, 0x02],
);
const hdlr = (kind: string) => bytes([0, 0, 0, 33], "hdlr", pad(8), kind, pad(12));
const mp4 = (brand: string, ...kinds: string[]) =>
  new Uint8Array([
    ...bytes([0, 0, 0, 24], "ftyp", brand, pad(12)),
    ...kinds.flatMap((k) => [...hdlr(k)]),
  ]);
// MPEG-1 layer III, 128 kb/s, 44.1 kHz: a frame is 417 bytes.
const mp3Frame = bytes([0xff, 0xfb, 0x90, 0x00], pad(413));

describe("the type of a recording, from its bytes", () => {
  it("knows what phones and browsers record", () => {
    expect(sniffAudioType(webmAudio)?.contentType).toBe("audio/webm");
    expect(sniffAudioType(mp4("M4A ", "soun"))?.contentType).toBe("audio/mp4");
    expect(sniffAudioType(mp4("3gp4", "soun"))?.contentType).toBe("audio/3gpp");
    expect(sniffAudioType(bytes("OggS", pad(24), "OpusHead", pad(20)))?.contentType).toBe(
      "audio/ogg",
    );
    expect(sniffAudioType(bytes("RIFF", pad(4), "WAVEfmt ", pad(20)))?.contentType).toBe(
      "audio/wav",
    );
    expect(sniffAudioType(bytes("ID3", pad(30)))?.contentType).toBe("audio/mpeg");
    expect(sniffAudioType(new Uint8Array([...mp3Frame, ...mp3Frame]))?.contentType).toBe(
      "audio/mpeg",
    );
    expect(sniffAudioType(bytes("fLaC", pad(30)))?.contentType).toBe("audio/flac");
    expect(sniffAudioType(bytes("#!AMR\n", pad(30)))?.contentType).toBe("audio/amr");
  });

  it("refuses videos and photos in the same containers", () => {
    expect(sniffAudioType(webmVideo)).toBeUndefined();
    expect(sniffAudioType(bytes(ebml, pad(60)))).toBeUndefined(); // no tracks at all
    expect(sniffAudioType(mp4("isom", "vide", "soun"))).toBeUndefined(); // a phone video
    expect(sniffAudioType(mp4("qt  ", "soun", "vide"))).toBeUndefined();
    expect(sniffAudioType(mp4("heic", "pict"))).toBeUndefined(); // an iPhone photo
    expect(sniffAudioType(mp4("avif"))).toBeUndefined();
    expect(sniffAudioType(bytes("OggS", pad(24), "\u0080theora", pad(20)))).toBeUndefined();
  });

  it("refuses anything else, even when it starts like MPEG audio", () => {
    expect(sniffAudioType(bytes("<html><script>alert(1)</script></html>"))).toBeUndefined();
    expect(sniffAudioType(bytes([0xff, 0xfb], "<html>hello</html>"))).toBeUndefined();
    expect(sniffAudioType(bytes([0xff, 0xd8, 0xff, 0xe0], pad(30)))).toBeUndefined(); // JPEG
    expect(sniffAudioType(bytes("%PDF-1.7", pad(30)))).toBeUndefined();
    expect(sniffAudioType(new Uint8Array(5))).toBeUndefined();
  });
});
