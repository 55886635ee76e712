import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoInspector } from "~/demo/demo.server";
import { Client } from "./http";
import type { Answer, FormFields } from "./http";
import { signUpForm, webinarForm } from "./forms";
import { mailTo, mailbox, signUpAndConfirm, waitForMail } from "./mail";
import type { Mail } from "./mail";
import { startSecurityServer } from "./server";
import type { SecurityServer } from "./server";

/*
 * Whether an address is booked on a webinar stays with the address's owner (#16, finding 5),
 * over HTTP against the production server. A sign-up with an address that has a place, one
 * on the waiting list, one whose booking was cancelled, one waiting to be confirmed and one
 * nobody has used get the same answer, byte for byte once the address itself and the
 * page's CSP nonce are set aside, as a page and as the data the page's script asks for; the
 * pages anyone can open afterwards (the list with its places left, the form with "full") do
 * not move; only the email to the address differs. A name with a line break is refused.
 */

const slowTest = 120_000;
let server: SecurityServer;
let inspector: Client;
let signUpPath: string;
let listPath: string;
let clients = 0;
/** A client of its own (the test server trusts loopback as a proxy), for the per-client limit. */
const asNewClient = () => ({ "X-Forwarded-For": `198.51.100.${(clients += 1)}` });

/** Addresses of one length, so even Content-Length cannot tell them apart. */
const addresses = {
  placed: "placed.one@example.org",
  waiting: "waiter.two@example.org",
  cancelled: "cancel.333@example.org",
  unconfirmed: "pendin.444@example.org",
  nobody: "nobody.555@example.org",
};

/**
 * What the person who typed `address` got back, with the address, the nonce and the time the
 * form was shown set aside.
 */
function seen(answer: Answer, address: string) {
  const headers = [...answer.headers.entries()]
    .filter(([name]) => !["date", "x-request-id"].includes(name))
    .map(([name, value]) => `${name}: ${value.replace(/'nonce-[^']+'/g, "'nonce-'")}`);
  return [
    answer.status,
    answer.location ?? "",
    ...headers,
    ...answer.setCookies,
    "",
    answer.body
      .replaceAll(address, "ADDRESS")
      .replace(/ nonce="[^"]*"/g, ' nonce=""')
      // Each showing of the form carries its own signed time (app/webinars/bot-check.server.ts).
      .replace(/\d{13}\.[\w-]{43}/g, "FORM-SHOWN"),
  ].join("\n");
}

/** The public pages anyone can open, which must not move with someone else's sign-up. */
async function publicPages() {
  const anyone = new Client(server.origin);
  const pages = await Promise.all([anyone.get(listPath), anyone.get(signUpPath)]);
  return pages.map((page) => seen(page, "\0"));
}

const form = (email: string): FormFields => signUpForm("Curious Person", email);

beforeAll(async () => {
  server = await startSecurityServer();
  inspector = new Client(server.origin);
  expect((await inspector.signIn(demoInspector.email, demoInspector.password)).status).toBe(302);
  const inspectionId = /\/inspections\/([0-9a-f-]{36})/.exec(
    await inspector.page("/inspections"),
  )![1]!;
  // One place: the first person has it, the second waits.
  const made = await inspector.post(`/inspections/${inspectionId}/webinars/new`, {
    ...webinarForm("Meet the inspectors"),
    capacity: "1",
  });
  expect(made.status).toBe(302);
  const webinarId = made.location!.split("/").at(-1)!;
  listPath = `/webinars/${server.links.webinarsToken}`;
  signUpPath = `${listPath}/${webinarId}`;
  const owner = new Client(server.origin);
  await signUpAndConfirm(owner, signUpPath, form(addresses.placed), asNewClient());
  await signUpAndConfirm(owner, signUpPath, form(addresses.waiting), asNewClient());
  const cancelled = await signUpAndConfirm(
    owner,
    signUpPath,
    form(addresses.cancelled),
    asNewClient(),
  );
  expect((await owner.post(cancelled, { intent: "cancel" }, asNewClient())).status).toBe(302);
  expect((await owner.post(signUpPath, form(addresses.unconfirmed), asNewClient())).status).toBe(
    200,
  );
  await mailTo(owner, addresses.unconfirmed);
}, slowTest);

afterAll(async () => {
  await server?.stop();
});

describe(
  "a webinar sign-up says nothing about whether an address is booked",
  { timeout: slowTest },
  () => {
    const known = ["placed", "waiting", "cancelled", "unconfirmed"] as const;

    it("answers the form alike for an address that has a place, waits, was cancelled, or waits to be confirmed, and for one nobody has used; only the email differs", async () => {
      const pagesBefore = await publicPages();
      const prober = new Client(server.origin);
      const baseline = seen(
        await prober.post(signUpPath, form(addresses.nobody), asNewClient()),
        addresses.nobody,
      );
      expect(baseline).toMatch(/^200\n/);
      expect(baseline).toContain("Check your email");
      for (const which of known) {
        // As a prober would type it: another case, the same mailbox.
        const typed = addresses[which].toUpperCase().replace("EXAMPLE.ORG", "example.org");
        const answer = await prober.post(signUpPath, form(typed), asNewClient());
        expect(seen(answer, typed), which).toBe(baseline);
        // Nothing anyone can open moved: no place was taken, nobody joined the queue.
        expect(await publicPages(), which).toEqual(pagesBefore);
      }

      // The address's owner hears what it has.
      const already = (mail: Mail) =>
        mail.subject === "You had already signed up: Meet the inspectors";
      const confirm = (mail: Mail) => mail.subject === "Confirm your place: Meet the inspectors";
      const placed = (await waitForMail(prober, addresses.placed, (m) => m.some(already))).find(
        already,
      )!;
      expect(placed.body).toContain("You already have a place");
      expect(placed.body).toContain("https://example.org/room");
      expect(placed.hasCalendar).toBe(true);
      const waiting = (await waitForMail(prober, addresses.waiting, (m) => m.some(already))).find(
        already,
      )!;
      expect(waiting.body).toContain("on the waiting list, number 1");
      expect(waiting.body).not.toContain("https://example.org/room");
      // Each of these had one "confirm" email before (or none): the probe sent one more.
      for (const [address, before] of [
        [addresses.cancelled, 1],
        [addresses.unconfirmed, 1],
        [addresses.nobody, 0],
      ] as const) {
        const mails = await waitForMail(
          prober,
          address,
          (m) => m.filter(confirm).length === before + 1,
        );
        expect(mails.some(already), address).toBe(false);
      }
    });

    it("answers the page's script (single fetch) alike too", async () => {
      const prober = new Client(server.origin);
      const data = (email: string) =>
        prober.post(`${signUpPath}.data`, form(email), asNewClient()).then((a) => seen(a, email));
      const baseline = await data("nobody.666@example.org");
      expect(baseline).toMatch(/^200\n/);
      for (const which of known) expect(await data(addresses[which]), which).toBe(baseline);
    });

    it("refuses a name with a line break or a control character with 400, and books nothing", async () => {
      const pagesBefore = await publicPages();
      const refused: string[] = [];
      for (const character of ["\n", "\r", "\u2028", "\u0000"]) {
        const email = `line.break.${character.charCodeAt(0)}@example.org`;
        const answer = await new Client(server.origin).post(
          signUpPath,
          signUpForm(`Asha${character}Your place is cancelled`, email),
          asNewClient(),
        );
        expect(answer.status, JSON.stringify(character)).toBe(400);
        expect(answer.body).toContain("<title>Error: ");
        expect(answer.body).toContain(
          "Enter your name on one line, without line breaks or hidden characters",
        );
        refused.push(email);
      }
      expect(await publicPages()).toEqual(pagesBefore);
      // Mail goes out in the order it was queued: once a later sign-up's email has come, any
      // email for the refused ones would have come first. None did.
      const reader = new Client(server.origin);
      const sentinel = "after.the.refused@example.org";
      expect((await reader.post(signUpPath, form(sentinel), asNewClient())).status).toBe(200);
      await mailTo(reader, sentinel);
      const everyone = (await mailbox(reader)).map((mail) => mail.to);
      expect(refused.filter((email) => everyone.includes(email))).toEqual([]);
    });
  },
);
