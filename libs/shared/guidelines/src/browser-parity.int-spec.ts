import type { Browser } from 'playwright-core';
import { check, compileRuleSet, type CheckInput, type RuleSet } from './index';
import ruleSet from './corpus/acme.rule-set.json';
import corpus from './corpus/posts.corpus.json';
import pack from './rule-packs/default.rule-pack.json';
import { bundleEngine, launchChromium } from './testing/browser';

type Engine = { compileRuleSet: (r: unknown) => unknown; check: (c: unknown, i: unknown) => unknown[] };

/** Node's findings for every corpus post, serialised: the browser must produce the same bytes. */
function nodeFindings(rs: RuleSet, inputs: CheckInput[]): string {
  const compiled = compileRuleSet(rs);
  return JSON.stringify(inputs.map((i) => check(compiled, i)));
}

describe('guidelines browser parity (headless Chromium)', () => {
  let browser: Browser;
  let bundle: string;

  beforeAll(async () => {
    bundle = await bundleEngine();
    browser = await launchChromium();
  }, 30000);

  afterAll(async () => {
    await browser?.close();
  });

  it('gives byte-identical findings for the whole corpus and the default pack', async () => {
    const inputs = corpus.cases.map((c) => c.input as CheckInput);
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle });
    for (const rs of [ruleSet as unknown as RuleSet, pack as unknown as RuleSet]) {
      const inBrowser = await page.evaluate(
        ({ rs, inputs }) => {
          const g = (globalThis as unknown as { ChorusGuidelines: Engine }).ChorusGuidelines;
          const compiled = g.compileRuleSet(rs);
          return JSON.stringify(inputs.map((i) => g.check(compiled, i)));
        },
        { rs, inputs },
      );
      const inNode = nodeFindings(rs, inputs);
      expect(inBrowser.length).toBe(inNode.length);
      if (inBrowser !== inNode) {
        const a = JSON.parse(inBrowser) as unknown[];
        const b = JSON.parse(inNode) as unknown[];
        const diff = a.findIndex((x, k) => JSON.stringify(x) !== JSON.stringify(b[k]));
        fail(`first difference at corpus case ${corpus.cases[diff]?.id}: browser ${JSON.stringify(a[diff])} node ${JSON.stringify(b[diff])}`);
      }
      expect(inBrowser).toBe(inNode);
    }
    // The parity is not vacuous: the corpus produces findings.
    expect(nodeFindings(ruleSet as unknown as RuleSet, inputs).length).toBeGreaterThan(10000);
    await page.close();
  }, 30000);
});
