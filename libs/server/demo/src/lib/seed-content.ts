import { ContentItem, Topic } from '@chorus/server/content';
import { Group } from '@chorus/server/identity';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';

export const DEMO_TOPICS = ['Cloud', 'Security', 'Customer stories'];

interface DemoItem {
  title: string;
  summary: string;
  url: string;
  topics: string[];
  audiences?: string[];
  language: 'en' | 'de' | 'nl';
  featured?: boolean;
  state?: 'approved' | 'new';
}

const ITEMS: DemoItem[] = [
  {
    title: 'Chorus Cloud is now available in Frankfurt',
    summary: 'Data residency in the EU for every customer, with the same SLA.',
    url: 'https://demo.chorus.example/news/frankfurt-region',
    topics: ['Cloud'],
    language: 'en',
    featured: true,
  },
  {
    title: 'Five steps to a zero-trust network',
    summary: 'Our security team explains how to start with zero trust without a big-bang migration.',
    url: 'https://demo.chorus.example/blog/zero-trust',
    topics: ['Security'],
    language: 'en',
  },
  {
    title: 'How Nordwind Logistik cut cloud costs by 30 %',
    summary: 'A customer story about rightsizing and reserved capacity.',
    url: 'https://demo.chorus.example/stories/nordwind',
    topics: ['Customer stories', 'Cloud'],
    language: 'en',
  },
  {
    title: 'Neue Sicherheitsfunktionen für unsere Kunden in der DACH-Region',
    summary: 'Single Sign-on und Audit-Logs sind ab sofort für alle Kunden verfügbar.',
    url: 'https://demo.chorus.example/de/news/sicherheit',
    topics: ['Security'],
    audiences: ['Sales DACH'],
    language: 'de',
  },
  {
    title: 'Webinar: Cloud-Migration ohne Ausfallzeit',
    summary: 'Melden Sie sich für unser Webinar am Donnerstag an.',
    url: 'https://demo.chorus.example/de/webinar/migration',
    topics: ['Cloud'],
    audiences: ['Sales DACH'],
    language: 'de',
  },
  {
    title: 'Klantverhaal: Van Dijk Retail groeit met de cloud',
    summary: 'Hoe Van Dijk Retail zijn webshop schaalbaar maakte.',
    url: 'https://demo.chorus.example/nl/verhalen/van-dijk',
    topics: ['Customer stories'],
    audiences: ['Marketing Benelux'],
    language: 'nl',
  },
  {
    title: 'Our 2025 security report is out',
    summary: 'What we learned from a year of incident response, in twelve charts.',
    url: 'https://demo.chorus.example/reports/security-2025',
    topics: ['Security'],
    language: 'en',
  },
  {
    title: 'Why our customers choose multi-cloud',
    summary: 'Three customers explain their multi-cloud strategies.',
    url: 'https://demo.chorus.example/blog/multi-cloud',
    topics: ['Cloud', 'Customer stories'],
    language: 'en',
  },
  {
    title: 'Analyst note: the state of cloud security',
    summary: 'An external analyst view on cloud security budgets.',
    url: 'https://demo.chorus.example/external/analyst-note',
    topics: ['Security'],
    language: 'en',
    state: 'new',
  },
  {
    title: 'Partner announcement: managed backups',
    summary: 'A partner now offers managed backups on our platform.',
    url: 'https://demo.chorus.example/external/partner-backups',
    topics: ['Cloud'],
    language: 'en',
    state: 'new',
  },
];

/** Demo topics and content (idempotent by topic name and canonical URL); no network access. */
export async function seedDemoContent(
  dataSource: DataSource,
): Promise<{ topicsCreated: number; itemsCreated: number }> {
  return dataSource.transaction(async (manager) => {
    let topicsCreated = 0;
    let itemsCreated = 0;
    const topicIds = new Map<string, string>();
    for (const name of DEMO_TOPICS) {
      let topic = await manager.findOneBy(Topic, { name });
      if (!topic) {
        topic = await manager.save(manager.create(Topic, { name }));
        topicsCreated++;
      }
      topicIds.set(name, topic.id);
    }
    const groups = new Map(
      (await manager.findBy(Group, { name: In(['Sales DACH', 'Marketing Benelux']) })).map((g) => [g.name, g.id]),
    );
    const now = Date.now();
    for (const [index, demo] of ITEMS.entries()) {
      if (await manager.existsBy(ContentItem, { canonicalUrl: demo.url })) continue;
      const approvedAt = new Date(now - (index + 1) * 3600_000);
      const state = demo.state ?? 'approved';
      await manager.save(
        manager.create(ContentItem, {
          origin: state === 'new' ? 'feed' : 'curator',
          state,
          title: demo.title,
          summary: demo.summary,
          bodyHtml: `<p>${demo.summary}</p>`,
          url: demo.url,
          canonicalUrl: demo.url,
          language: demo.language,
          topicIds: demo.topics.map((t) => topicIds.get(t) as string),
          audienceIds: (demo.audiences ?? []).map((g) => groups.get(g)).filter((g): g is string => !!g),
          featured: demo.featured ?? false,
          suggestedTexts:
            state === 'approved'
              ? [
                  { id: randomUUID(), network: 'linkedin', text: `${demo.title}\n\n${demo.summary}\n\n${demo.url}` },
                  { id: randomUUID(), network: 'x', text: `${demo.title} ${demo.url}` },
                ]
              : [],
          approvedAt: state === 'approved' ? approvedAt : null,
          feedAt: state === 'approved' ? approvedAt : null,
        }),
      );
      itemsCreated++;
    }
    return { topicsCreated, itemsCreated };
  });
}
