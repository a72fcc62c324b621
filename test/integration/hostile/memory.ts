/**
 * Memory figures for the hostile-site report (printed, never asserted: memory use depends on the
 * machine). For the Node process: its resident size after the attack and how much the attack
 * raised its lifetime peak (getrusage maxrss, so a peak reached inside synchronous parsing
 * counts too). For this process's children (Chromium, the only programs the tests start): the
 * largest resident size of all of them together seen while the attack ran, sampled from /proc
 * every 25 ms (Linux only; 0 elsewhere).
 */
import { readdirSync, readFileSync } from 'node:fs';

const MB = 1024 * 1024;

function residentBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0; // exited meanwhile, or no /proc
  }
}

/** `pid` and every process below it. */
function tree(pid: number): number[] {
  const parent = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [pid];
  }
  for (const d of entries) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* exited meanwhile */
    }
  }
  const out = [pid];
  for (let i = 0; i < out.length; i++) for (const [child, pp] of parent) if (pp === out[i]) out.push(child);
  return out;
}

export interface MemoryFigure {
  /** e.g. "node rss 180 MB (peak +0 MB), chromium peak 310 MB" */
  readonly text: string;
  readonly nodeRssMb: number;
  readonly nodePeakRiseMb: number;
  readonly chromiumPeakMb?: number;
}

/** Watches memory while an attack runs (with `children`, also this process's child processes); `stop()` gives the figure. */
export function watchMemory(opts: { readonly children?: boolean } = {}): { stop(): MemoryFigure } {
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  let treePeak = 0;
  const sample = (): void => {
    if (opts.children) treePeak = Math.max(treePeak, tree(process.pid).slice(1).reduce((n, p) => n + residentBytes(p), 0));
  };
  sample();
  const timer = opts.children ? setInterval(sample, 25) : undefined;
  return {
    stop(): MemoryFigure {
      sample();
      if (timer) clearInterval(timer);
      const nodeRssMb = Math.round(process.memoryUsage().rss / MB);
      const nodePeakRiseMb = Math.round((process.resourceUsage().maxRSS * 1024 - peakBefore) / MB);
      const chromiumPeakMb = opts.children ? Math.round(treePeak / MB) : undefined;
      const text = `node rss ${nodeRssMb} MB (peak +${nodePeakRiseMb} MB)${chromiumPeakMb !== undefined ? `, chromium peak ${chromiumPeakMb} MB` : ''}`;
      return { text, nodeRssMb, nodePeakRiseMb, ...(chromiumPeakMb !== undefined ? { chromiumPeakMb } : {}) };
    },
  };
}
