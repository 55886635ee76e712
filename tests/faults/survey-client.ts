/*
 * One simulated person going through a survey over HTTP, as a browser without JavaScript
 * would post it: start (which sets the draft cookie), the question pages they answer or skip,
 * the check page (which holds the submission key), then Send. Redirects are read, not
 * followed: the pages they lead to change nothing.
 *
 * A request that gets no answer (the server was killed, the connection dropped) is "not
 * acknowledged". Question pages and Start are simply posted again; a cut Send is posted
 * again with the same cookie and key when the person would press Send once more.
 */
import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { Submission } from "./plan";

export interface Reply {
  status: number;
  location: string | undefined;
  cookies: string[];
  body: string;
}

/** The request got no HTTP answer: refused, reset, or timed out. */
export class NoAnswer extends Error {}

export interface Outcome {
  acknowledged: boolean;
  /** Send requests made, answered or not. */
  sends: number;
  /** Where a person who stopped trying stopped, when they did. */
  abandonedAt?: "start" | "question" | "check" | "send" | "time";
}

/** One press of Send; `answered` once an HTTP answer came back. */
export interface SendAttempt {
  key: string;
  answered: boolean;
}

/** What all clients saw, added up as they go. */
export interface Tally {
  finished: number;
  acknowledged: number;
  requests: number;
  noAnswer: number;
  serverErrors: number;
  sendsInFlight: Set<SendAttempt>;
  /** Submission keys whose send was confirmed (answered with the done page). */
  confirmed: Set<string>;
  /** Replies that should not happen whatever the faults (a draft lost, a page without it). */
  anomalies: string[];
}

export const newTally = (): Tally => ({
  finished: 0,
  acknowledged: 0,
  requests: 0,
  noAnswer: 0,
  serverErrors: 0,
  sendsInFlight: new Set(),
  confirmed: new Set(),
  anomalies: [],
});

const requestTimeoutMs = 30_000;

export class SurveyClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly origin: URL,
    private readonly tally: Tally,
    sockets: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  }

  close() {
    this.agent.destroy();
  }

  /** One request; resolves with any HTTP answer, rejects with NoAnswer when there is none. */
  request(
    method: "GET" | "POST",
    path: string,
    options: { cookie?: string; form?: [string, string][]; language: string },
  ): Promise<Reply> {
    this.tally.requests += 1;
    const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
    return new Promise<Reply>((resolve, reject) => {
      const req = http.request(
        {
          agent: this.agent,
          host: this.origin.hostname,
          port: this.origin.port,
          method,
          path,
          headers: {
            "Accept-Language": options.language,
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
            if (status >= 500) this.tally.serverErrors += 1;
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
      req.on("error", (error) => {
        this.tally.noAnswer += 1;
        reject(new NoAnswer(error.message));
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
    const survey = `/s/${token}`;
    const anomaly = (what: string) => this.tally.anomalies.push(`#${submission.index}: ${what}`);

    const startForm: [string, string][] = [["version", submission.version]];
    if (submission.audience === "child") startForm.unshift(["consent", "yes"]);
    const started = await this.persist(deadline, () =>
      // `?index`: the start page is the link's index route, which Remix asks to be named.
      this.request("POST", `${survey}?index`, { form: startForm, language }),
    );
    const draft = started?.cookies
      .map((c) => /^sv_draft=([^;]+)/.exec(c)?.[1])
      .find((value) => value);
    if (!started || !draft) {
      if (started) anomaly(`start answered ${started.status} without a draft cookie`);
      return { ...outcome, abandonedAt: started ? "start" : "time" };
    }
    const cookie = `sv_draft=${draft}`;

    for (const page of submission.pages) {
      const reply = await this.persist(deadline, () =>
        this.request("POST", `${survey}/q/${page.questionId}`, {
          cookie,
          form: page.fields,
          language,
        }),
      );
      if (!reply) return { ...outcome, abandonedAt: "time" };
      if (reply.status !== 302 || !reply.location?.startsWith(`${survey}/`)) {
        anomaly(`question ${page.questionId} answered ${reply.status} → ${reply.location}`);
        return { ...outcome, abandonedAt: "question" };
      }
    }

    const check = await this.persist(deadline, () =>
      this.request("GET", `${survey}/check`, { cookie, language }),
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

    let results =
      submission.sendTwice === "together" ? await Promise.all([send(), send()]) : [await send()];
    for (let tries = 0; !results.includes("done"); tries += 1) {
      if (results.includes("other")) return { ...outcome, abandonedAt: "send" };
      if (!submission.retriesCutSend) return { ...outcome, abandonedAt: "send" };
      if (Date.now() >= deadline) return { ...outcome, abandonedAt: "time" };
      await sleep(Math.min(1_000, 50 * 2 ** Math.min(tries, 5)) * (0.5 + Math.random()));
      results = [await send()];
    }
    outcome.acknowledged = true;
    // The same request again after it was answered, as a network retry would: it must
    // confirm too (send() reports anything else).
    if (submission.sendTwice === "again") await send();
    return outcome;
  }
}
