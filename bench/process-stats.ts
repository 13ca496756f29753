// What another process costs while a benchmark runs: its CPU time and its
// resident memory, read from Linux's /proc and sampled at an interval.
import fs from 'node:fs';

/** CPU seconds a process has used so far (utime + stime). */
export function cpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** Resident set size in bytes. */
export function rssBytes(pid: number): number {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return Number(line?.match(/(\d+)/)?.[1] ?? NaN) * 1024;
  } catch {
    return NaN;
  }
}

export interface ProcessUsage {
  /** CPU time over wall time, in percent of one core. */
  cpuPercent: number;
  rssMeanBytes: number;
  rssMaxBytes: number;
}

/** Samples a process from now until stop() is called. */
export function watchProcess(pid: number, everyMs = 500): { stop(): ProcessUsage } {
  const cpuAtStart = cpuSeconds(pid);
  const started = performance.now();
  const rss: number[] = [rssBytes(pid)];
  const timer = setInterval(() => rss.push(rssBytes(pid)), everyMs);
  return {
    stop() {
      clearInterval(timer);
      rss.push(rssBytes(pid));
      const wall = (performance.now() - started) / 1000;
      return {
        cpuPercent: (100 * (cpuSeconds(pid) - cpuAtStart)) / wall,
        rssMeanBytes: rss.reduce((a, b) => a + b, 0) / rss.length,
        rssMaxBytes: Math.max(...rss),
      };
    },
  };
}
