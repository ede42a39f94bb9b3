import { ChildProcess, ChildProcessByStdio, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createTransport } from 'nodemailer';

// The launcher (tools/stack) starts the sandbox exactly like this and reads the ports from stdout.
type MainProcess = ChildProcessByStdio<null, Readable, Readable>;

function startMain(env: Record<string, string>): MainProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', 'apps/sandbox/src/main.ts'], {
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.node.json', SANDBOX_HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

function collect(stream: NodeJS.ReadableStream): string[] {
  const lines: string[] = [];
  createInterface({ input: stream }).on('line', (line) => lines.push(line));
  return lines;
}

function firstLine(child: MainProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before printing a line`)));
  });
}

describe('apps/sandbox main', () => {
  let child: MainProcess | undefined;

  afterEach(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    child = undefined;
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`prints the ready line with the real ports and exits 0 on ${signal}`, async () => {
      child = startMain({ SANDBOX_PORT: '0', SANDBOX_SMTP_PORT: '0' });
      const stdout = collect(child.stdout);
      const line = await firstLine(child);
      expect(line).toMatch(/^SANDBOX_READY \{"http":\d+,"smtp":\d+\}$/);
      const ports = JSON.parse(line.slice('SANDBOX_READY '.length)) as { http: number; smtp: number };

      const health = await fetch(`http://127.0.0.1:${ports.http}/__sandbox/health`);
      expect(await health.json()).toEqual({ status: 'ok' });

      // A pooled client that stays connected must not hold the shutdown up for long.
      const pooled = createTransport({
        host: '127.0.0.1',
        port: ports.smtp,
        secure: false,
        ignoreTLS: true,
        pool: true,
      });
      await pooled.sendMail({ from: 'a@chorus.test', to: 'b@example.test', subject: 's', text: 't' });

      const started = Date.now();
      child.kill(signal);
      expect(await exited(child)).toEqual({ code: 0, signal: null });
      expect(Date.now() - started).toBeLessThan(5000);
      expect(stdout).toEqual([line]);
      pooled.close();
    }, 20000);
  }

  it('refuses a port that is not a number, with a message and exit code 1', async () => {
    child = startMain({ SANDBOX_PORT: 'http' });
    const stderr = collect(child.stderr);
    const stdout = collect(child.stdout);
    expect(await exited(child)).toEqual({ code: 1, signal: null });
    expect(stdout).toEqual([]);
    expect(stderr.join('\n')).toContain('SANDBOX_PORT must be a port number');
  }, 20000);
});
