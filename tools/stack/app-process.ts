import { ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from './paths';

export interface AppProcess {
  name: string;
  child: ChildProcess;
  /** Resolves with the first stdout line that matches. */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<string>;
  stop(): Promise<void>;
}

export interface SpawnAppOptions {
  env: Record<string, string>;
  /** Where each output line goes; defaults to our stdout with a `[name]` prefix. */
  output?: (name: string, line: string) => void;
}

const defaultOutput = (name: string, line: string) => process.stdout.write(`[${name}] ${line}\n`);

/** Runs apps/<name>/src/main.ts with the SWC loader, as `nx serve` does, with its own environment. */
export function spawnApp(name: 'api' | 'worker' | 'sandbox', options: SpawnAppOptions): AppProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', `apps/${name}/src/main.ts`], {
    cwd: REPO_ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.node.json', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = options.output ?? defaultOutput;
  const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on('line', (line) => {
      output(name, line);
      for (const waiter of [...waiters]) {
        if (waiter.pattern.test(line)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
    });
  }
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  return {
    name,
    child,
    waitForLine: (pattern, timeoutMs) =>
      new Promise((resolveLine, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${name} printed no line matching ${pattern} within ${timeoutMs} ms`)),
          timeoutMs,
        );
        child.once('exit', (code) => reject(new Error(`${name} exited with code ${code} before it was ready`)));
        waiters.push({
          pattern,
          resolve: (line) => {
            clearTimeout(timer);
            resolveLine(line);
          },
        });
      }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls a URL until it answers 200. */
export async function waitForHttp(url: string, timeoutMs: number, isAlive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`the process behind ${url} exited`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms: ${last}`);
}
