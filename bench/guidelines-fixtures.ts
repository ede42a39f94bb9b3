/* Fixtures of the guidelines benchmark: a 50-rule set built on the default pack, and 3,000-character posts. */
import type { CheckInput, Rule, RuleSet } from '@chorus/shared/guidelines';
import pack from '../libs/shared/guidelines/src/rule-packs/default.rule-pack.json';

const msg = { en: 'Finding {term}{name}{match}', de: 'Befund {term}{name}{match}', nl: 'Bevinding {term}{name}{match}' };
const clause = { section: 'X', text: { en: 'Clause', de: 'Klausel', nl: 'Clausule' } };

/** The default pack (all rules enabled) plus company rules up to 50: project names, patterns, competitors. */
export function fiftyRuleSet(): RuleSet {
  const rules: Rule[] = (pack.rules as Rule[]).map((r) => ({ ...r, enabled: true }));
  let i = 0;
  while (rules.length < 50) {
    const n = i++;
    const base = { id: `company-${n}`, enabled: true, severity: 'warn' as const, message: msg, clause };
    if (n % 3 === 0)
      rules.push({ ...base, kind: 'banned-terms', terms: Array.from({ length: 10 }, (_, k) => ({ term: `Projekt Blütenweiß ${n}-${k}` })) });
    else if (n % 3 === 1) rules.push({ ...base, kind: 'pattern', pattern: `ACME-${n}\\d{3}-[A-Z]{2}` });
    else rules.push({ ...base, kind: 'competitors', names: [`Globex ${n}`, `Initech ${n}`, `Umbrella Größe ${n}`] });
  }
  return { id: 'bench', version: 1, name: 'bench 50', languages: ['en', 'de', 'nl'], rules };
}

export function emptyRuleSet(): RuleSet {
  return { id: 'bench-empty', version: 1, name: 'empty', languages: ['en'], rules: [] };
}

const SENTENCES: Record<string, string[]> = {
  en: [
    'Our team shipped the new analytics dashboard this week and customers love how fast it is.',
    'Read the full story on https://www.acme.com/blog/analytics-dashboard and tell me what you think!',
    'Three lessons from building it: measure first, ship small, and listen to support.',
    'Huge thanks to @jane_doe and the whole platform crew. #analytics #product',
    'If you want to join us, we are hiring engineers in Berlin and Amsterdam.',
  ],
  de: [
    'Unser Team hat diese Woche das neue Analyse-Dashboard veröffentlicht, und die Kunden sind begeistert.',
    'Die ganze Geschichte gibt es auf https://www.acme.de/blog/dashboard – ich freue mich über Rückmeldungen!',
    'Drei Lehren: zuerst messen, in kleinen Schritten liefern und dem Support zuhören. Größe ist nicht alles.',
    'Großer Dank an @max_mueller und die Plattform-Crew aus Köln und München. #Analyse #Produkt',
    'Wir stellen ein: Entwicklerinnen und Entwickler in Düsseldorf, Nürnberg und Zürich.',
  ],
  nl: [
    'Ons team heeft deze week het nieuwe analysedashboard uitgebracht en klanten zijn enthousiast.',
    'Lees het hele verhaal op https://www.acme.nl/blog/dashboard en laat me weten wat je ervan vindt!',
    'Drie lessen: eerst meten, klein opleveren en goed luisteren naar support. Geïnteresseerd? Reageer!',
    'Dank aan @sanne_de_vries en het hele platformteam in Utrecht. #analyse #product',
    'We zoeken ontwikkelaars in Amsterdam en Eindhoven, ook voor ideeën over één nieuw product.',
  ],
  mixed: [
    'Launch day 🚀👩‍💻 for our team in Tokyo: 新しいダッシュボードを公開しました。',
    'Details: https://acme.com/news/launch?utm_source=x and a recap at acme.com/recap.',
    'Kudos @kenji_sato 👨‍👩‍👧‍👦 #launch #teamwork — 谢谢大家!',
    'Café, naïve façade, coöperatie: accents everywhere, still fine.',
  ],
};

/** A deterministic post of exactly `length` characters in the given language mix. */
export function post(lang: keyof typeof SENTENCES, length = 3000, seed = 0): string {
  const s = SENTENCES[lang];
  let out = '';
  for (let i = seed; out.length < length; i++) out += s[i % s.length] + (i % 4 === 3 ? '\n\n' : ' ');
  return out.slice(0, length);
}

export const LANGS = ['en', 'de', 'nl', 'mixed'] as const;

export function benchInput(text: string, lang: string, networks: CheckInput['networks']): CheckInput {
  return {
    text,
    networks,
    authorGroups: ['sales-dach'],
    language: lang === 'mixed' ? 'en' : lang,
    at: '2026-03-02T09:00:00Z',
    topics: ['product'],
    contentItem: {
      url: 'https://www.acme.com/blog/analytics-dashboard',
      isCompanyContent: true,
      sourceText: post('en', 2500, 1),
      suggestedTexts: [post(lang as keyof typeof SENTENCES, 600, 2), post(lang as keyof typeof SENTENCES, 400, 3)],
      trackedLinks: ['https://chorus.acme.com/l/Ab3dE9'],
    },
    comparisonTexts: [post('en', 500, 4), post('de', 500, 4)],
  };
}
