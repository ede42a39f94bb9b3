import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/**
 * CPU accounting for bench/publish.bench.ts from /proc (Linux; elsewhere every figure is null): how much
 * CPU each part of the run used between two snapshots, so a missed target can be pinned on a part.
 */

export type CpuGroups = Record<string, number[]>;

export interface CpuSnapshot {
  at: number;
  host: { busy: number; total: number } | null;
  ticks: Map<number, number>;
}

let ticksPerSecond: number | null = null;
function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execSync('getconf CLK_TCK', { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** utime + stime of a process, in clock ticks. */
function processTicks(pid: number): number | null {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function hostTicks(): { busy: number; total: number } | null {
  const line = read('/proc/stat')?.split('\n')[0];
  if (!line?.startsWith('cpu ')) return null;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  const total = user + nice + system + idle + iowait + irq + softirq + (steal || 0);
  return { busy: total - idle - iowait, total };
}

/** Processes by command line: `match` gets each pid's argv joined by spaces and its parent pid. */
export function findProcesses(match: (cmdline: string, ppid: number) => boolean): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const found: number[] = [];
  for (const name of entries) {
    const cmdline = read(`/proc/${name}/cmdline`)?.replace(/\0/g, ' ').trim();
    const stat = read(`/proc/${name}/stat`);
    if (!cmdline || !stat) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (match(cmdline, ppid)) found.push(Number(name));
  }
  return found;
}

export function snapshot(groups: CpuGroups): CpuSnapshot {
  const ticks = new Map<number, number>();
  for (const pid of Object.values(groups).flat()) {
    const value = processTicks(pid);
    if (value !== null) ticks.set(pid, value);
  }
  return { at: Date.now(), host: hostTicks(), ticks };
}

export interface CpuUse {
  seconds: number;
  /** Host CPU busy, as a share of all cores, between the snapshots. */
  hostBusy: number | null;
  cores: number;
  /** CPU seconds per group; `other` is the host's busy time that none of the groups used. */
  bySeconds: Record<string, number>;
}

export function cpuUse(groups: CpuGroups, from: CpuSnapshot, to: CpuSnapshot): CpuUse {
  const hz = clockTicks();
  const bySeconds: Record<string, number> = {};
  let accounted = 0;
  for (const [group, pids] of Object.entries(groups)) {
    let ticks = 0;
    for (const pid of pids) {
      const end = to.ticks.get(pid);
      if (end === undefined) continue;
      ticks += end - (from.ticks.get(pid) ?? 0);
    }
    bySeconds[group] = ticks / hz;
    accounted += ticks / hz;
  }
  let hostBusy: number | null = null;
  if (from.host && to.host) {
    const busy = (to.host.busy - from.host.busy) / hz;
    const total = (to.host.total - from.host.total) / hz;
    hostBusy = total > 0 ? busy / total : null;
    bySeconds['other processes on the host'] = Math.max(0, busy - accounted);
  }
  return { seconds: (to.at - from.at) / 1000, hostBusy, cores: cpus().length, bySeconds };
}

/** One line: the host's load and each group's CPU milliseconds per unit of work. */
export function describeCpu(use: CpuUse | null, units: number, unit: string): string {
  if (!use || units === 0) return 'n/a (no /proc)';
  const parts = Object.entries(use.bySeconds).map(([group, s]) => `${group} ${((s * 1000) / units).toFixed(2)} ms`);
  const host = use.hostBusy === null ? '' : `host ${(use.hostBusy * 100).toFixed(0)}% busy of ${use.cores} cores; `;
  return `${use.seconds.toFixed(1)} s, ${units} ${unit}; ${host}CPU per ${unit.replace(/s$/, '')}: ${parts.join(', ')}`;
}
