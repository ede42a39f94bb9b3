import { fold, Folded } from './text/fold';
import type { TermHit, TermIndex } from './text/term-index';
import { LiteralProbe, type PatternIndex } from './text/pattern-index';
import { LABELS } from './labels';
import { findUrls, FoundUrl } from './text/urls';
import { findHashtags, findMentions } from './text/tokens';
import { wordsOf, Words } from './text/words';
import type { CheckInput, Finding, Fix, LocalizedText, Network, Rule, Severity, TextRange } from './types';

/**
 * One check's view of the input. Everything derived from the text (folding, term hits, links,
 * hashtags, words) is computed at most once and only if some rule asks for it.
 */
export class CheckContext {
  private foldedCache: Folded | null = null;
  private termHitsCache: TermHit[] | null = null;
  private urlsCache: FoundUrl[] | null = null;
  private hashtagsCache: TextRange[] | null = null;
  private mentionsCache: TextRange[] | null = null;
  private wordsCache: Words | null = null;

  constructor(
    readonly input: CheckInput,
    private readonly terms: TermIndex,
    private readonly patterns: PatternIndex,
    private readonly defaultLanguage: string,
  ) {}

  get text(): string {
    return this.input.text;
  }
  get folded(): Folded {
    return (this.foldedCache ??= fold(this.input.text));
  }
  private anyPatternCache: boolean | null = null;
  /** Whether any curator pattern matches at all (one combined pass). */
  get anyPattern(): boolean {
    return (this.anyPatternCache ??= this.patterns.anyMatch(this.input.text));
  }
  private lowerCache: string | null = null;
  get lowerText(): string {
    return (this.lowerCache ??= this.input.text.toLowerCase());
  }

  private literalProbe: LiteralProbe | null = null;
  /** Whether the lower-cased text contains the literal (curator-pattern pre-filter). */
  readonly hasLiteral = (literal: string): boolean => (this.literalProbe ??= new LiteralProbe(this.lowerText)).includes(literal);
  get termHits(): TermHit[] {
    return (this.termHitsCache ??= this.terms.empty ? [] : this.terms.scanWords(this.words));
  }
  get urls(): FoundUrl[] {
    return (this.urlsCache ??= findUrls(this.input.text));
  }
  get hashtags(): TextRange[] {
    // A "#" inside a link (https://x.com/#frag) is not a hashtag.
    return (this.hashtagsCache ??= outside(findHashtags(this.input.text), () => this.urls));
  }
  get mentions(): TextRange[] {
    return (this.mentionsCache ??= outside(findMentions(this.input.text), () => this.urls));
  }
  get words(): Words {
    return (this.wordsCache ??= wordsOf(this.input.text, this.folded));
  }

  /** Term hits registered by one rule, grouped by the rule's slot. */
  hitsOf(ruleIndex: number): Map<number, TextRange[]> {
    const bySlot = new Map<number, TextRange[]>();
    for (const hit of this.termHits) {
      for (const o of hit.owners) {
        if (o.rule !== ruleIndex) continue;
        const list = bySlot.get(o.slot);
        const r = { start: hit.start, end: hit.end };
        if (list) list.push(r);
        else bySlot.set(o.slot, [r]);
      }
    }
    return bySlot;
  }

  localize(text: LocalizedText): string {
    return text[this.input.language] ?? text[this.defaultLanguage] ?? text['en'] ?? Object.values(text)[0] ?? '';
  }

  label(key: keyof typeof LABELS, x = ''): string {
    return render(this.localize(LABELS[key]), { x });
  }

  finding(
    rule: Rule,
    severity: Severity,
    ranges: TextRange[],
    vars: Record<string, string | number>,
    extra?: { fix?: Fix; network?: Network; message?: LocalizedText },
  ): Finding {
    const f: Finding = {
      ruleId: rule.id,
      kind: rule.kind,
      severity,
      ranges,
      message: render(this.localize(extra?.message ?? rule.message), vars),
      clause: { section: rule.clause.section, text: this.localize(rule.clause.text) },
    };
    if (extra?.fix) f.fix = extra.fix;
    if (extra?.network) f.network = extra.network;
    return f;
  }
}

/** "{term} is not allowed" with vars {term: 'x'}; unknown placeholders stay visible. */
export function render(template: string, vars: Record<string, string | number>): string {
  // Hand-written equivalent of template.replace(/\{(\w+)\}/g, …), without a callback per placeholder.
  let at = template.indexOf('{');
  if (at < 0) return template;
  let out = '';
  let last = 0;
  while (at >= 0) {
    let j = at + 1;
    while (j < template.length && isWordCode(template.charCodeAt(j))) j++;
    if (j > at + 1 && template.charCodeAt(j) === 125) {
      const name = template.slice(at + 1, j);
      if (name in vars) {
        out += template.slice(last, at) + String(vars[name]);
        last = j + 1;
      }
      at = template.indexOf('{', j + 1);
    } else at = template.indexOf('{', at + 1);
  }
  return last === 0 ? template : out + template.slice(last);
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function outside(found: TextRange[], urls: () => readonly TextRange[]): TextRange[] {
  if (found.length === 0) return found;
  const u = urls();
  return u.length === 0 ? found : found.filter((r) => !u.some((x) => r.start < x.end && x.start < r.end));
}
