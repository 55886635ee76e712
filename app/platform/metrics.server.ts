import cluster from "node:cluster";
import type { Cluster } from "node:cluster";
import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import { settings } from "./settings.server";

/*
 * The operator's metrics, in Prometheus's text format at /metrics (README, "Metrics"): how
 * many requests and survey responses this server answered and took, its 5xx, job failures,
 * and the mail outbox's backlog. Counts only: no label ever names a person, an inspection, a
 * survey link or a path someone typed.
 *
 * Counters live in each server process. Under WEB_CONCURRENCY a scrape reaches one of them,
 * which asks the first process to gather every process's counters (over Node's cluster
 * channel), so one scrape always reports the whole server.
 */

export const jobNames = ["mail", "retention", "counts"] as const;
export type JobName = (typeof jobNames)[number];

const statusClasses = ["1xx", "2xx", "3xx", "4xx", "5xx"] as const;
type StatusClass = (typeof statusClasses)[number];

export interface CounterSnapshot {
  /** How many processes' counters these are. */
  processes: number;
  httpResponses: Record<StatusClass, number>;
  surveyResponses: number;
  surveyResponsesLastMinute: number;
  jobFailures: Record<JobName, number>;
  mailSendFailures: number;
}

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

const counters = {
  httpResponses: zeroes(statusClasses),
  surveyResponses: 0,
  jobFailures: zeroes(jobNames),
  mailSendFailures: 0,
};

/** Survey responses taken in each of the last 60 seconds, by second. */
const lastMinute = { seconds: new Array<number>(60).fill(0), second: 0 };

function currentSecond(now: number): number[] {
  const second = Math.floor(now / 1000);
  // Seconds since the last response are emptied (all of them after a quiet minute).
  for (let s = Math.max(lastMinute.second + 1, second - 59); s <= second; s++)
    lastMinute.seconds[s % 60] = 0;
  lastMinute.second = Math.max(lastMinute.second, second);
  return lastMinute.seconds;
}

export function countHttpResponse(status: number): void {
  const statusClass = `${Math.floor(status / 100)}xx`;
  if ((statusClasses as readonly string[]).includes(statusClass))
    counters.httpResponses[statusClass as StatusClass] += 1;
}

/** A survey response stored (not a repeat of one already stored). */
export function countSurveyResponse(now = Date.now()): void {
  counters.surveyResponses += 1;
  currentSecond(now)[Math.floor(now / 1000) % 60]! += 1;
}

export function countJobFailure(job: JobName): void {
  counters.jobFailures[job] += 1;
}

export function countMailSendFailures(failed: number): void {
  counters.mailSendFailures += failed;
}

/** This process's counters. */
export function localSnapshot(now = Date.now()): CounterSnapshot {
  return {
    processes: 1,
    httpResponses: { ...counters.httpResponses },
    surveyResponses: counters.surveyResponses,
    surveyResponsesLastMinute: currentSecond(now).reduce((sum, n) => sum + n, 0),
    jobFailures: { ...counters.jobFailures },
    mailSendFailures: counters.mailSendFailures,
  };
}

export function addSnapshots(snapshots: CounterSnapshot[]): CounterSnapshot {
  const addMaps = <K extends string>(keys: readonly K[], pick: (s: CounterSnapshot) => object) =>
    Object.fromEntries(
      keys.map((key) => [
        key,
        snapshots.reduce((sum, s) => sum + ((pick(s) as Record<K, number>)[key] ?? 0), 0),
      ]),
    ) as Record<K, number>;
  const add = (pick: (s: CounterSnapshot) => number) =>
    snapshots.reduce((sum, s) => sum + pick(s), 0);
  return {
    processes: add((s) => s.processes),
    httpResponses: addMaps(statusClasses, (s) => s.httpResponses),
    surveyResponses: add((s) => s.surveyResponses),
    surveyResponsesLastMinute: add((s) => s.surveyResponsesLastMinute),
    jobFailures: addMaps(jobNames, (s) => s.jobFailures),
    mailSendFailures: add((s) => s.mailSendFailures),
  };
}

/* The cluster channel: a server process asks the first process, which asks them all. */
const gather = "send-voice:metrics:gather";
const gathered = "send-voice:metrics:gathered";
const report = "send-voice:metrics:report";
const reported = "send-voice:metrics:reported";
const gatherTimeoutMs = 1_000;

interface Message {
  type?: string;
  id?: string;
  snapshot?: CounterSnapshot;
}

/** In each server process under the first: answers the first process's requests for counters. */
export function reportCountersWhenAsked(): void {
  process.on("message", (message: Message) => {
    if (message?.type === report && process.send)
      process.send({ type: reported, id: message.id, snapshot: localSnapshot() });
  });
}

/** In the first process: gathers every server process's counters for the one asking. */
export function gatherCountersForServers(servers: Cluster): void {
  const pending = new Map<
    string,
    { snapshots: CounterSnapshot[]; expected: number; done: () => void }
  >();
  servers.on("message", (asker, message: Message) => {
    if (message?.type === reported && message.id && message.snapshot) {
      const entry = pending.get(message.id);
      entry?.snapshots.push(message.snapshot);
      if (entry && entry.snapshots.length >= entry.expected) entry.done();
      return;
    }
    if (message?.type !== gather || !message.id) return;
    const id = message.id;
    const snapshots: CounterSnapshot[] = [];
    const done = () => {
      if (!pending.delete(id)) return;
      clearTimeout(timer);
      if (asker.isConnected())
        asker.send({ type: gathered, id, snapshot: addSnapshots(snapshots) });
    };
    // A process that dies meanwhile never answers: the page is made without it.
    const timer = setTimeout(done, gatherTimeoutMs);
    const running = Object.values(servers.workers ?? {}).filter((server) => server?.isConnected());
    pending.set(id, { snapshots, expected: running.length, done });
    for (const server of running) server!.send({ type: report, id }, () => {});
  });
}

/** Every server process's counters: this one's alone when it runs by itself. */
export function serverSnapshot(): Promise<CounterSnapshot> {
  const send = process.send?.bind(process);
  if (!cluster.isWorker || !send) return Promise.resolve(localSnapshot());
  return new Promise((resolve) => {
    const id = randomUUID();
    const finish = (snapshot: CounterSnapshot) => {
      clearTimeout(timer);
      process.off("message", listen);
      resolve(snapshot);
    };
    // The first process did not answer: this process's own, and `processes` says so.
    const timer = setTimeout(() => finish(localSnapshot()), gatherTimeoutMs * 2);
    const listen = (message: Message) => {
      if (message?.type === gathered && message.id === id && message.snapshot)
        finish(message.snapshot);
    };
    process.on("message", listen);
    send({ type: gather, id });
  });
}

/** Whether a request carries the operator's token (constant time: it is a secret). */
export function metricsAllowed(authorization: string | null): "allowed" | "denied" | "off" {
  const token = settings().operations.metricsToken;
  if (!token) return "off";
  const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1] ?? "";
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(token)) ? "allowed" : "denied";
}

interface Series {
  name: string;
  help: string;
  type: "counter" | "gauge";
  values: [labels: string, value: number][];
}

function exposition(series: Series[]): string {
  return series
    .flatMap(({ name, help, type, values }) => [
      `# HELP ${name} ${help}`,
      `# TYPE ${name} ${type}`,
      ...values.map(([labels, value]) => `${name}${labels} ${value}`),
    ])
    .join("\n")
    .concat("\n");
}

/** How far behind the mail is: the mail capability counts it (outboxBacklog, app/mail/). */
export interface OutboxGauges {
  waiting: number;
  retrying: number;
  oldestWaitingSeconds: number;
}

/** The metrics page: every process's counters and the outbox as the database has it now. */
export async function metricsText(outbox: Promise<OutboxGauges>): Promise<string> {
  const [counts, backlog] = await Promise.all([serverSnapshot(), outbox]);
  return exposition([
    {
      name: "send_voice_http_responses_total",
      help: "HTTP responses answered (health checks and /metrics aside), by status class; 5xx: the server failed.",
      type: "counter",
      values: statusClasses.map((c) => [`{status="${c}"}`, counts.httpResponses[c]]),
    },
    {
      name: "send_voice_survey_responses_total",
      help: "Survey responses stored (a repeated Send of one response counts once).",
      type: "counter",
      values: [["", counts.surveyResponses]],
    },
    {
      name: "send_voice_survey_responses_last_minute",
      help: "Survey responses stored in the last 60 seconds.",
      type: "gauge",
      values: [["", counts.surveyResponsesLastMinute]],
    },
    {
      name: "send_voice_job_failures_total",
      help: "Background job runs that failed, by job.",
      type: "counter",
      values: jobNames.map((job) => [`{job="${job}"}`, counts.jobFailures[job]]),
    },
    {
      name: "send_voice_mail_send_failures_total",
      help: "Emails the mail service refused or could not take (each is tried again later).",
      type: "counter",
      values: [["", counts.mailSendFailures]],
    },
    {
      name: "send_voice_outbox_waiting",
      help: "Emails that should have gone by now and have not (due, or waiting to be retried).",
      type: "gauge",
      values: [["", backlog.waiting]],
    },
    {
      name: "send_voice_outbox_retrying",
      help: "Of those, emails that have failed at least once.",
      type: "gauge",
      values: [["", backlog.retrying]],
    },
    {
      name: "send_voice_outbox_oldest_waiting_seconds",
      help: "About how long the email waiting longest has been due (0 when none waits).",
      type: "gauge",
      values: [["", backlog.oldestWaitingSeconds]],
    },
    {
      name: "send_voice_server_processes",
      help: "Server processes whose counters are included in this page.",
      type: "gauge",
      values: [["", counts.processes]],
    },
  ]);
}
