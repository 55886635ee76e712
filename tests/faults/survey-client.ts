/*
 * One simulated person going through a survey over HTTP, as a browser without JavaScript
 * would post it: start (which sets the draft cookie), the question pages they answer or skip,
 * the check page (which holds the submission key), then Send. Or signing up for a webinar:
 * its page, then the form. Redirects are read, not followed: the pages they lead to change
 * nothing.
 *
 * Requests go to the servers in turn, as a round-robin load balancer would send them (one
 * person's pages land on every server), with the person's own address in X-Forwarded-For.
 *
 * A request that gets no answer (the server was killed, the connection dropped) is "not
 * acknowledged". Question pages and Start are simply posted again; a cut Send is posted
 * again with the same cookie and key when the person would press Send once more, and a cut
 * sign-up with the same details.
 */
import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { SignUpPlan, Submission } from "./plan";

export interface Reply {
  status: number;
  location: string | undefined;
  cookies: string[];
  body: string;
}

/** The request got no HTTP answer: refused, reset, or timed out. */
export class NoAnswer extends Error {}

/** No server took the connection: the request was never sent. */
class Refused extends NoAnswer {}

interface RequestOptions {
  cookie?: string;
  form?: [string, string][];
  language: string;
  /** The person's address, which the load balancer passes on. */
  client: string;
  /** Told which server the request went to, once a connection was taken. */
  sentTo?: { origin?: string };
}

export interface Outcome {
  acknowledged: boolean;
  /** The draft the start page made (its cookie), once one came back. */
  draft?: string;
  /** Send requests made (for a sign-up, the form and "Confirm my place"), answered or not. */
  sends: number;
  /** Where a person who stopped trying stopped, when they did. */
  abandonedAt?: "start" | "question" | "check" | "send" | "time";
}

/** One press of Send; `answered` once an HTTP answer came back. */
export interface SendAttempt {
  key: string;
  answered: boolean;
  /** The server it went to (its origin), once a connection was taken. */
  origin?: string;
}

/** What all clients saw, added up as they go. */
export interface Tally {
  finished: number;
  requests: number;
  noAnswer: number;
  /** Requests a server refused (it was down) that went to the next server instead. */
  rerouted: number;
  serverErrors: number;
  /** A few of the 5xx answers: what was asked and what came back. */
  serverErrorExamples: string[];
  /** Start posts (each may make a draft) that got no answer a person could use. */
  startsUnanswered: number;
  sendsInFlight: Set<SendAttempt>;
  /** Submission keys whose send was confirmed (answered with the done page). */
  confirmed: Set<string>;
  /** Replies that should not happen whatever the faults (a draft lost, a page without it). */
  anomalies: string[];
}

export const newTally = (): Tally => ({
  finished: 0,
  requests: 0,
  noAnswer: 0,
  rerouted: 0,
  serverErrors: 0,
  serverErrorExamples: [],
  startsUnanswered: 0,
  sendsInFlight: new Set(),
  confirmed: new Set(),
  anomalies: [],
});

const requestTimeoutMs = 30_000;

export class SurveyClient {
  private readonly agent: http.Agent;
  private turn = 0;

  constructor(
    private readonly origins: URL[],
    private readonly tally: Tally,
    sockets: number,
    /** How long a person takes to fill in the sign-up form: over SIGNUP_MIN_SECONDS. */
    private readonly fillingInMs = 0,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  }

  close() {
    this.agent.destroy();
  }

  /** One request; resolves with any HTTP answer, rejects with NoAnswer when there is none. */
  async request(method: "GET" | "POST", path: string, options: RequestOptions): Promise<Reply> {
    this.tally.requests += 1;
    // A server that refuses the connection never saw the request: as a load balancer does,
    // it goes to the next server. One cut off after it was sent is not sent again here.
    const first = this.turn++;
    for (let tried = 1; ; tried += 1) {
      const origin = this.origins[(first + tried - 1) % this.origins.length]!;
      try {
        return await this.requestTo(origin, method, path, options);
      } catch (error) {
        if (!(error instanceof Refused) || tried >= this.origins.length) {
          this.tally.noAnswer += 1;
          throw error;
        }
        this.tally.rerouted += 1;
      }
    }
  }

  private requestTo(
    origin: URL,
    method: "GET" | "POST",
    path: string,
    options: RequestOptions,
  ): Promise<Reply> {
    const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
    if (options.sentTo) options.sentTo.origin = origin.href;
    return new Promise<Reply>((resolve, reject) => {
      const req = http.request(
        {
          agent: this.agent,
          host: origin.hostname,
          port: origin.port,
          method,
          path,
          headers: {
            "Accept-Language": options.language,
            // As the load balancer in front says who the client is (TRUST_PROXY=loopback).
            "X-Forwarded-For": options.client,
            // What a browser sends with a form from the same site.
            "Sec-Fetch-Site": "same-origin",
            ...(options.cookie ? { Cookie: options.cookie } : {}),
            ...(body
              ? {
                  "Content-Type": "application/x-www-form-urlencoded",
                  "Content-Length": Buffer.byteLength(body),
                }
              : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", (error) => reject(new NoAnswer(error.message)));
          res.on("end", () => {
            const status = res.statusCode ?? 0;
            if (status >= 500) {
              this.tally.serverErrors += 1;
              if (this.tally.serverErrorExamples.length < 5)
                this.tally.serverErrorExamples.push(`${method} ${path}: ${status}`);
            }
            resolve({
              status,
              location: res.headers.location,
              cookies: res.headers["set-cookie"] ?? [],
              body: Buffer.concat(chunks).toString("utf8"),
            });
          });
        },
      );
      req.setTimeout(requestTimeoutMs, () => req.destroy(new Error("timed out")));
      req.on("error", (error: NodeJS.ErrnoException) => {
        reject(
          error.code === "ECONNREFUSED" ? new Refused(error.message) : new NoAnswer(error.message),
        );
      });
      req.end(body);
    });
  }

  /**
   * Posts or gets until the server answers with something other than a 5xx, waiting a
   * little longer each time (a person pressing the button again). Gives up at the deadline.
   */
  private async persist(
    deadline: number,
    attempt: () => Promise<Reply>,
  ): Promise<Reply | undefined> {
    for (let tries = 0; Date.now() < deadline; tries += 1) {
      try {
        const reply = await attempt();
        if (reply.status < 500) return reply;
      } catch (error) {
        if (!(error instanceof NoAnswer)) throw error;
      }
      await sleep(Math.min(1_000, 50 * 2 ** Math.min(tries, 5)) * (0.5 + Math.random()));
    }
    return undefined;
  }

  /** One person's whole survey. Never throws for what the server does; reports it. */
  async submit(token: string, submission: Submission, deadline: number): Promise<Outcome> {
    const outcome: Outcome = { acknowledged: false, sends: 0 };
    const language = submission.acceptLanguage;
    const client = submission.clientAddress;
    const survey = `/s/${token}`;
    const anomaly = (what: string) => this.tally.anomalies.push(`#${submission.index}: ${what}`);

    const startForm: [string, string][] = [["version", submission.version]];
    if (submission.audience === "child") startForm.unshift(["consent", "yes"]);
    const started = await this.persist(deadline, async () => {
      // `?index`: the start page is the link's index route, which Remix asks to be named.
      const reply = await this.request("POST", `${survey}?index`, {
        form: startForm,
        language,
        client,
      }).catch((error: unknown) => {
        // It may have made a draft whose cookie never came back.
        if (error instanceof NoAnswer) this.tally.startsUnanswered += 1;
        throw error;
      });
      if (reply.status >= 500) this.tally.startsUnanswered += 1;
      return reply;
    });
    const draft = started?.cookies
      .map((c) => /^sv_draft=([^;]+)/.exec(c)?.[1])
      .find((value) => value);
    if (!started || !draft) {
      if (started) anomaly(`start answered ${started.status} without a draft cookie`);
      return { ...outcome, abandonedAt: started ? "start" : "time" };
    }
    const cookie = `sv_draft=${draft}`;
    outcome.draft = draft;

    for (const page of submission.pages) {
      const reply = await this.persist(deadline, () =>
        this.request("POST", `${survey}/q/${page.questionId}`, {
          cookie,
          form: page.fields,
          language,
          client,
        }),
      );
      if (!reply) return { ...outcome, abandonedAt: "time" };
      if (reply.status !== 302 || !reply.location?.startsWith(`${survey}/`)) {
        anomaly(`question ${page.questionId} answered ${reply.status} → ${reply.location}`);
        return { ...outcome, abandonedAt: "question" };
      }
    }

    const check = await this.persist(deadline, () =>
      this.request("GET", `${survey}/check`, { cookie, language, client }),
    );
    const key = check && /name="submission" value="([^"]+)"/.exec(check.body)?.[1];
    if (!check || !key || !check.body.includes(submission.marker)) {
      if (check) anomaly(`check page answered ${check.status} without the key or the marker`);
      return { ...outcome, abandonedAt: check ? "check" : "time" };
    }

    const done = `${survey}/done`;
    const send = async (): Promise<"done" | "cut" | "other"> => {
      outcome.sends += 1;
      const attempt: SendAttempt = { key, answered: false };
      this.tally.sendsInFlight.add(attempt);
      try {
        const reply = await this.request("POST", `${survey}/check`, {
          cookie,
          form: [["submission", key]],
          language,
          client,
          sentTo: attempt,
        });
        attempt.answered = true;
        if (reply.status === 302 && reply.location === done) {
          this.tally.confirmed.add(key);
          return "done";
        }
        if (reply.status >= 500) return "cut";
        anomaly(`send answered ${reply.status} → ${reply.location}`);
        return "other";
      } catch (error) {
        if (!(error instanceof NoAnswer)) throw error;
        return "cut";
      } finally {
        this.tally.sendsInFlight.delete(attempt);
      }
    };

    return this.pressUntilDone(outcome, submission, deadline, send);
  }

  /**
   * Presses the final button (once, or twice at once for a double click), and again while
   * a press is cut off and the person would try again; once answered, again if the plan says
   * so (a network retry), which must be answered alike.
   */
  private async pressUntilDone(
    outcome: Outcome,
    plan: Pick<Submission, "sendTwice" | "retriesCutSend">,
    deadline: number,
    press: () => Promise<"done" | "cut" | "other">,
  ): Promise<Outcome> {
    let results =
      plan.sendTwice === "together" ? await Promise.all([press(), press()]) : [await press()];
    for (let tries = 0; !results.includes("done"); tries += 1) {
      if (results.includes("other")) return { ...outcome, abandonedAt: "send" };
      if (!plan.retriesCutSend) return { ...outcome, abandonedAt: "send" };
      if (Date.now() >= deadline) return { ...outcome, abandonedAt: "time" };
      await sleep(Math.min(1_000, 50 * 2 ** Math.min(tries, 5)) * (0.5 + Math.random()));
      results = [await press()];
    }
    outcome.acknowledged = true;
    if (plan.sendTwice === "again") await press();
    return outcome;
  }

  /**
   * One person's webinar sign-up: the webinar's page, then the form, which answers "check
   * your email" whoever the address belongs to; then the link in that email (`emailedLink`
   * reads it where the mail service would take it from) and "Confirm my place", which
   * answers with their booking (a place or one on the waiting list): the acknowledgement. A
   * press cut off is pressed again, the form posted again making a second email.
   */
  async signUp(
    path: string,
    plan: SignUpPlan,
    deadline: number,
    emailedLink: (email: string) => Promise<string | undefined>,
  ): Promise<Outcome> {
    const outcome: Outcome = { acknowledged: false, sends: 0 };
    const options = { language: plan.acceptLanguage, client: plan.clientAddress };
    const anomaly = (what: string) => this.tally.anomalies.push(`sign-up #${plan.index}: ${what}`);
    const open = async (page: string) => {
      const reply = await this.persist(deadline, () => this.request("GET", page, options));
      if (reply && reply.status !== 200) anomaly(`${page} answered ${reply.status}`);
      return reply?.status === 200 ? reply : undefined;
    };
    const press =
      (page: string, form: [string, string][], answered: (reply: Reply) => boolean) =>
      async (): Promise<"done" | "cut" | "other"> => {
        outcome.sends += 1;
        try {
          const reply = await this.request("POST", page, { ...options, form });
          if (answered(reply)) return "done";
          if (reply.status >= 500) return "cut";
          anomaly(`${page} answered ${reply.status} → ${reply.location}`);
          return "other";
        } catch (error) {
          if (!(error instanceof NoAnswer)) throw error;
          return "cut";
        }
      };

    const page = await open(path);
    if (!page) return { ...outcome, abandonedAt: "start" };
    // As a person's browser sends it: the time the page signed when it showed the form, the
    // box only scripts fill left empty, and sent no sooner than a person could fill it in.
    const formShown = /name="formShown" value="([^"]+)"/.exec(page.body)?.[1];
    if (!formShown) {
      anomaly(`${path} showed no sign-up form`);
      return { ...outcome, abandonedAt: "start" };
    }
    await sleep(this.fillingInMs);
    const form: [string, string][] = [...plan.fields, ["website", ""], ["formShown", formShown]];
    const sent = await this.pressUntilDone(
      outcome,
      plan,
      deadline,
      press(path, form, (reply) => reply.status === 200),
    );
    if (!sent.acknowledged) return sent;
    outcome.acknowledged = false;
    const link = await emailedLink(plan.email);
    if (!link) {
      anomaly("no email with a link to confirm");
      return { ...outcome, abandonedAt: "check" };
    }
    if (!(await open(link))) return { ...outcome, abandonedAt: "check" };
    return this.pressUntilDone(
      outcome,
      plan,
      deadline,
      press(link, [["intent", "confirm"]], (r) => r.status === 302 && r.location === link),
    );
  }
}
