/** CPU time of processes, from /proc (Linux): what a server spent, not what the clock says. */
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100;

function statOf(pid: number) {
  try {
    // The fields after the command name (which may hold spaces) start at ") ".
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(") ") + 2).split(" ");
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null; // Gone.
  }
}

/** The pids of `pid` and all its descendants. */
export function processTree(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    const child = Number(entry);
    if (!Number.isInteger(child)) continue;
    const stat = statOf(child);
    if (stat) parents.set(stat.ppid, [...(parents.get(stat.ppid) ?? []), child]);
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i]!) ?? []));
  return tree;
}

/** User + system CPU milliseconds the processes have used so far. */
export function cpuMs(pids: number[]) {
  let ticks = 0;
  for (const pid of pids) ticks += statOf(pid)?.ticks ?? 0;
  return (ticks * 1000) / TICKS_PER_SECOND;
}
