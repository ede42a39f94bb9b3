import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A company newsroom feed, shaped like real ones (CDATA, categories, GUIDs, tracking parameters). */
export const NEWSROOM_ITEMS = [
  {
    title: 'ACME opens its Frankfurt cloud region',
    link: 'https://news.acme.example/2026/11/frankfurt-region?utm_source=rss&utm_medium=feed',
    summary: 'Customers in Germany, Austria and Switzerland can now keep their data in the region.',
  },
  {
    title: 'What we learned from 500 security reviews',
    link: 'https://news.acme.example/2026/11/security-reviews',
    summary: 'Five patterns that made the difference, and one that did not.',
  },
];

function rss(): string {
  const items = NEWSROOM_ITEMS.map(
    (item, i) => `
    <item>
      <title><![CDATA[${item.title}]]></title>
      <link>${item.link.replace(/&/g, '&amp;')}</link>
      <guid isPermaLink="false">acme-news-${i + 1}</guid>
      <pubDate>Wed, 2${i} Nov 2026 09:00:00 GMT</pubDate>
      <category>Cloud</category>
      <description><![CDATA[<p>${item.summary}</p><script>alert(1)</script>]]></description>
    </item>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>ACME Newsroom</title>
    <link>https://news.acme.example/</link>
    <description>Company news</description>
    <language>en</language>${items}
  </channel>
</rss>`;
}

export async function startFeedServer(): Promise<{ port: number; stop(): Promise<void> }> {
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/company-news.xml')) {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss());
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  return {
    port: (server.address() as AddressInfo).port,
    stop: () => new Promise<void>((resolveClose) => server.close(() => resolveClose())),
  };
}
