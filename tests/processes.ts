/*
 * The machine's processes as Linux's /proc shows them: for the benchmarks' CPU figures and
 * for the fault test, which checks that a killed server leaves none of its processes behind.
 */
import { readFileSync, readdirSync } from "node:fs";

export interface ProcessStat {
  pid: number;
  ppid: number;
  name: string;
  /** stat(5)'s fields after the name: fields[1] is ppid, [11]–[14] utime, stime, cutime, cstime. */
  fields: string[];
}

/** Every process on the machine now (Linux /proc). */
export function processes(): ProcessStat[] {
  const found: ProcessStat[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(") ");
      const fields = stat.slice(close + 2).split(" ");
      const name = stat.slice(stat.indexOf("(") + 1, close);
      found.push({ pid: Number(entry), ppid: Number(fields[1]), name, fields });
    } catch {
      // Gone between listing and reading.
    }
  }
  return found;
}

/**
 * CPU seconds (user + system) used so far by a group of processes: each one's own, plus, for
 * those whose parent is outside the group, what their exited children used. So processes
 * may come and go in the group during a run.
 */
export function groupCpuSeconds(group: ProcessStat[]): number {
  const pids = new Set(group.map((p) => p.pid));
  let ticks = 0;
  for (const { ppid, fields } of group) {
    ticks += Number(fields[11]) + Number(fields[12]);
    if (!pids.has(ppid)) ticks += Number(fields[13]) + Number(fields[14]);
  }
  // Clock ticks of 1/100 s.
  return ticks / 100;
}

/** A process as one that may later be asked after: its id and when it started. */
export interface ProcessIdentity {
  pid: number;
  /** stat(5)'s starttime: with the id, names this process even if the id is reused. */
  startedAt: string;
}

/** The processes a process started that are still running (the app's servers, say). */
export function childProcesses(pid: number): ProcessIdentity[] {
  return processes()
    .filter((p) => p.ppid === pid)
    .map((p) => ({ pid: p.pid, startedAt: p.fields[19]! }));
}

/**
 * Whether this very process is still running: not gone, not a zombie waiting to be reaped,
 * and not another process that has since been given its id.
 */
export function isRunning({ pid, startedAt }: ProcessIdentity): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
    return fields[0] !== "Z" && fields[19] === startedAt;
  } catch {
    return false;
  }
}
