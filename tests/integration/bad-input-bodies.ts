import fc from "fast-check";

/*
 * Malformed requests for every public form (tests/integration/bad-input.test.ts sends them to
 * the route functions, tests/security/bad-input.test.ts to the server over HTTP): wrong or
 * missing content types, bytes that are not UTF-8, broken percent-encoding, huge and repeated
 * fields, nested names, JSON where a form belongs, a "recording" that is not audio.
 */

const fieldNames = [
  "answer",
  "intent",
  "code",
  "email",
  "password",
  "name",
  "role",
  "needs",
  "consent",
  "version",
  "lng",
  "recording",
  "option",
  "return",
  "a[b][c][d]",
  "__proto__",
  "constructor",
  "",
];
export const contentTypes = [
  "application/x-www-form-urlencoded",
  "application/x-www-form-urlencoded; charset=latin1",
  "multipart/form-data; boundary=xyz",
  "multipart/form-data",
  "text/plain",
  "application/json",
  "",
];

export const badBody = fc.oneof(
  // A form of odd fields and values, some huge, some repeated.
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...fieldNames),
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.constantFrom(
            "continue",
            "skip",
            "save",
            "send",
            "cancel",
            "yes",
            "agree",
            "%E0%A4%A",
            "%ZZ",
            "\u0000",
            "\uD800",
          ),
          fc.nat(70_000).map((n) => "x".repeat(n)),
        ),
      ),
      { maxLength: 12 },
    )
    .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join("&")),
  // Bytes that are not text at all.
  fc.uint8Array({ maxLength: 2048 }),
  // JSON, deeply nested.
  fc.nat(200).map((depth) => "[".repeat(depth) + "]".repeat(depth)),
  fc.constant(JSON.stringify({ answer: { $gt: "" }, intent: ["send", "send"] })),
  // A well-formed multipart form whose "recording" is not audio (it starts with "<"), named
  // and typed as if it were.
  fc
    .tuple(
      fc.uint8Array({ maxLength: 4096 }),
      fc.constantFrom("a.mp3", "x.webm", "../../etc/passwd", "", "\u0000.wav"),
      fc.constantFrom("continue", "skip", "save", "delete-recording"),
    )
    .map(([bytes, filename, intent]) => {
      const part = (headers: string, value: Uint8Array | string) => [
        `--xyz\r\n${headers}\r\n\r\n`,
        value,
        "\r\n",
      ];
      const pieces = [
        ...part(
          `Content-Disposition: form-data; name="recording"; filename="${filename}"\r\nContent-Type: audio/mpeg`,
          new Uint8Array([0x3c, ...bytes]),
        ),
        ...part('Content-Disposition: form-data; name="intent"', intent),
        "--xyz--\r\n",
      ];
      return Buffer.concat(
        pieces.map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p))),
      );
    }),
);
