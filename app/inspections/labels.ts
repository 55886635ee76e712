import type { Audience } from "./audiences";

/** Console and log labels only; people see translated text. */
export const audienceLabels: Record<Audience, string> = {
  child: "Children and young people",
  parent: "Parents and carers",
  practitioner: "Practitioners",
};
