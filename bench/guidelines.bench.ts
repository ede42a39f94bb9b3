/*
 * npm run bench:guidelines — Node checks/s per core for a 50-rule set on 3,000-character posts, and the
 * p99 of a keystroke re-check in headless Chromium, each beside the same posts with an empty rule set.
 */
import { check, compileRuleSet, type CheckInput, type CompiledRuleSet } from '@chorus/shared/guidelines';
import { bundleEngine, launchChromium } from '../libs/shared/guidelines/src/testing/browser';
import { benchInput, emptyRuleSet, fiftyRuleSet, LANGS, post } from './guidelines-fixtures';

function checksPerSecond(compiled: CompiledRuleSet, inputs: CheckInput[], ms: number): number {
  for (let i = 0; i < 2000; i++) check(compiled, inputs[i % inputs.length]); // warm up the JIT
  let n = 0;
  const t0 = performance.now();
  let now = t0;
  while (now - t0 < ms) {
    for (let i = 0; i < 100; i++) check(compiled, inputs[n++ % inputs.length]);
    now = performance.now();
  }
  return n / ((now - t0) / 1000);
}

async function keystrokes(): Promise<{ p99: number; p50: number; baseP99: number; checks: number }> {
  const code = await bundleEngine();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    const inputs = LANGS.map((l) => benchInput(post(l, 3000, 1), l, ['linkedin', 'x']));
    return await page.evaluate(
      ({ full, empty, inputs }) => {
        const g = (globalThis as unknown as { ChorusGuidelines: { compileRuleSet: (r: unknown) => unknown; check: (c: unknown, i: unknown) => unknown[] } }).ChorusGuidelines;
        const type = (compiled: unknown): number[] => {
          const times: number[] = [];
          for (const input of inputs) {
            const text = input.text;
            // Typing one character at a time, re-checking after each (what the editor does).
            for (let i = 1; i <= text.length; i++) {
              const t0 = performance.now();
              g.check(compiled, { ...input, text: text.slice(0, i) });
              times.push(performance.now() - t0);
            }
          }
          return times.sort((a, b) => a - b);
        };
        const pct = (t: number[], p: number): number => t[Math.min(t.length - 1, Math.floor(t.length * p))];
        const c50 = g.compileRuleSet(full);
        const c0 = g.compileRuleSet(empty);
        type(c50); // warm-up pass
        const t = type(c50);
        const b = type(c0);
        return { p99: pct(t, 0.99), p50: pct(t, 0.5), baseP99: pct(b, 0.99), checks: t.length };
      },
      { full: fiftyRuleSet(), empty: emptyRuleSet(), inputs },
    );
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const full = compileRuleSet(fiftyRuleSet());
  const empty = compileRuleSet(emptyRuleSet());
  console.log(`rule set: ${full.rules.length} enabled rules; posts: ${LANGS.length} × 3,000 characters (${LANGS.join(', ')})`);
  const linkedin = LANGS.map((l) => benchInput(post(l, 3000, 1), l, ['linkedin']));
  const both = LANGS.map((l) => benchInput(post(l, 3000, 1), l, ['linkedin', 'x']));
  const short = LANGS.map((l) => benchInput(post(l, 270, 1), l, ['linkedin', 'x']));
  const rows: [string, CompiledRuleSet, CheckInput[]][] = [
    ['50 rules, 3,000 chars, LinkedIn', full, linkedin],
    ['empty rule set, same posts', empty, linkedin],
    ['50 rules, 3,000 chars, LinkedIn + X', full, both],
    ['empty rule set, same posts', empty, both],
    ['50 rules, 270 chars, LinkedIn + X', full, short],
  ];
  const results: number[] = [];
  for (const [label, compiled, inputs] of rows) {
    const r = checksPerSecond(compiled, inputs, 3000);
    results.push(r);
    console.log(`node  ${label.padEnd(40)} ${Math.round(r).toLocaleString('en-US').padStart(10)} checks/s (${(1e6 / r).toFixed(1)} µs/check)`);
  }
  for (const l of LANGS) {
    const r = checksPerSecond(full, [benchInput(post(l, 3000, 1), l, ['linkedin'])], 1000);
    console.log(`node  50 rules, 3,000 chars, LinkedIn, ${l.padEnd(6)}             ${Math.round(r).toLocaleString('en-US').padStart(10)} checks/s`);
  }
  const k = await keystrokes();
  console.log(`chromium keystroke re-check (50 rules, LinkedIn + X, ${k.checks} keystrokes): p50 ${k.p50.toFixed(3)} ms, p99 ${k.p99.toFixed(3)} ms; empty rule set p99 ${k.baseP99.toFixed(3)} ms`);
  const cps = Math.round(results[0]);
  console.log(`TARGET guidelines-checks-per-second: ${cps} (goal >= 20000) ${cps >= 20000 ? 'met' : 'missed'}`);
  console.log(`TARGET guidelines-keystroke-p99: ${k.p99.toFixed(3)} ms (goal < 2 ms) ${k.p99 < 2 ? 'met' : 'missed'}`);
}

main().catch((e) => {
  console.error(e);
  console.log('TARGET guidelines-checks-per-second: 0 (goal >= 20000) missed');
  console.log('TARGET guidelines-keystroke-p99: NaN ms (goal < 2 ms) missed');
});
