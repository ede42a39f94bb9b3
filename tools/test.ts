import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { dataDir, REPO_ROOT } from './stack/paths';
import { startServices, Services } from './stack/stack';

/**
 * `npm test`: lint, type-check, server specs (real Postgres and Redis), web specs (headless Chromium),
 * and the end-to-end specs (Playwright driving Chromium against the whole stack). Ends with one line
 * `tests: N passed, N failed`.
 */

interface Phase {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Reads passed/failed counts from the phase's output. */
  count?: (output: string) => { passed: number; failed: number } | null;
}

const log = (line: string) => process.stdout.write(`\n[test] ${line}\n`);

function jasmineCount(output: string) {
  const matches = [...output.matchAll(/(\d+) specs?, (\d+) failures?/g)];
  if (matches.length === 0) return null;
  const [, specs, failures] = matches[matches.length - 1];
  return { passed: Number(specs) - Number(failures), failed: Number(failures) };
}

function karmaCount(output: string) {
  const matches = [...output.matchAll(/Executed (\d+) of (\d+)(?: \((\d+) FAILED\))?/g)];
  if (matches.length === 0) return null;
  const [, executed, , failed] = matches[matches.length - 1];
  return { passed: Number(executed) - Number(failed ?? 0), failed: Number(failed ?? 0) };
}

function run(phase: Phase): Promise<{ code: number; output: string }> {
  log(`${phase.name}: ${phase.command.join(' ')}`);
  return new Promise((resolveRun) => {
    const child = spawn(phase.command[0], phase.command.slice(1), {
      cwd: REPO_ROOT,
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0', ...phase.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolveRun({ code: code ?? 1, output }));
  });
}

export async function main(args: string[]): Promise<void> {
  const only = args.length ? new Set(args) : null;
  const started = Date.now();
  let services: Services | null = null;
  const env: Record<string, string> = {};
  if (!process.env['DATABASE_URL'] || !process.env['REDIS_URL']) {
    services = await startServices(join(dataDir(), 'test'), (line) => log(line));
    env['DATABASE_URL'] = process.env['DATABASE_URL'] ?? services.postgres.adminUrl;
    env['REDIS_URL'] = process.env['REDIS_URL'] ?? services.redis.url;
  }
  const swc = { SWC_NODE_PROJECT: 'tsconfig.node.json' };
  const phases: Phase[] = [
    { name: 'lint', command: ['npx', 'nx', 'run-many', '-t', 'lint', '--outputStyle=static'] },
    { name: 'typecheck', command: ['npx', 'nx', 'run-many', '-t', 'typecheck', '--outputStyle=static'] },
    {
      name: 'server',
      command: ['npx', 'jasmine', '--config=jasmine.server.json'],
      env: { ...env, ...swc },
      count: jasmineCount,
    },
    { name: 'web', command: ['npx', 'nx', 'test', 'web', '--outputStyle=static'], count: karmaCount },
    { name: 'build-web', command: ['npx', 'nx', 'build', 'web', '--outputStyle=static'] },
    {
      name: 'e2e',
      command: ['npx', 'jasmine', '--config=e2e/jasmine.json'],
      env: { ...env, ...swc, E2E_RUN_ID: randomBytes(3).toString('hex') },
      count: jasmineCount,
    },
  ].filter((p) => !only || only.has(p.name));

  let passed = 0;
  let failed = 0;
  const failedPhases: string[] = [];
  try {
    for (const phase of phases) {
      const phaseStart = Date.now();
      const { code, output } = await run(phase);
      const counted = phase.count?.(output);
      if (counted) {
        passed += counted.passed;
        failed += counted.failed;
      }
      if (code !== 0) {
        failedPhases.push(phase.name);
        if (!counted || counted.failed === 0) failed += 1;
      }
      log(
        `${phase.name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${((Date.now() - phaseStart) / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await services?.stop();
  }
  log(
    `${failedPhases.length ? `failed phases: ${failedPhases.join(', ')}` : 'all phases passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
  if (failedPhases.length) process.exitCode = 1;
}
