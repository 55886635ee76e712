/**
 * A test corpus for redaction in every language the surveys are offered in, written for
 * issue #15 by people who did not read the rules' word lists: realistic comments as
 * children, parents and practitioners write them, code-switching included.
 */
export type IdentifierKind =
  | "name"
  | "email"
  | "phone"
  | "postcode"
  | "url"
  | "nhs-number"
  | "date"
  | "reference"
  | "address"
  | "setting"
  | "age";

export interface CorpusComment {
  /** What a child, parent or practitioner typed. */
  text: string;
  /** Each identifier exactly as it appears in `text`, with its kind. */
  identifiers: { kind: IdentifierKind; value: string }[];
  /** Words or phrases exactly as in `text` that must survive redaction. */
  keep: string[];
}
