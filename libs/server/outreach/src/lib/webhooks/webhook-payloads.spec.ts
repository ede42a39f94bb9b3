import { itemLink, slackAnnouncement, teamsAnnouncement } from './webhook-payloads';

const links = { item: 'https://news.example.test/a?x=1|2', compose: 'https://chorus.test/compose/i-1' };

describe('chat announcement payloads', () => {
  it('links the title to the item for Slack, escaping mrkdwn', () => {
    const payload = slackAnnouncement(
      { id: 'i-1', title: 'R&D <launch>', summary: ' Big\n news ', url: null },
      links,
    ) as {
      text: string;
      blocks: Array<{ text?: { text: string }; elements?: Array<{ text: string }> }>;
    };
    expect(payload.text).toBe('Featured in Chorus: R&D <launch>');
    expect(payload.blocks[0].text?.text).toBe(
      ':star: *<https://news.example.test/a?x=1%7C2|R&amp;D &lt;launch&gt;>*\nBig news',
    );
    expect(payload.blocks[1].elements?.[0].text).toBe('<https://chorus.test/compose/i-1|Share it in Chorus>');
  });

  it('builds a Teams MessageCard with OpenUri actions', () => {
    const card = teamsAnnouncement({ id: 'i-1', title: 'Launch', summary: 'x'.repeat(600), url: null }, links);
    expect(card).toEqual(
      jasmine.objectContaining({
        '@type': 'MessageCard',
        '@context': 'https://schema.org/extensions',
        summary: 'Featured in Chorus: Launch',
        title: 'Featured: Launch',
      }),
    );
    expect((card['text'] as string).length).toBe(500);
    expect(card['potentialAction']).toEqual([
      { '@type': 'OpenUri', name: 'Read it', targets: [{ os: 'default', uri: links.item }] },
      { '@type': 'OpenUri', name: 'Share it in Chorus', targets: [{ os: 'default', uri: links.compose }] },
    ]);
  });

  it('falls back to the composer for items without a web address', () => {
    expect(itemLink({ id: 'i', title: 't', summary: '', url: 'javascript:alert(1)' }, 'c')).toBe('c');
    expect(itemLink({ id: 'i', title: 't', summary: '', url: 'https://a.test/' }, 'c')).toBe('https://a.test/');
  });
});
