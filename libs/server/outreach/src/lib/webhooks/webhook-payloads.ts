export interface AnnouncedItem {
  id: string;
  title: string;
  summary: string;
  url: string | null;
}

export interface AnnouncementLinks {
  /** The article, or the composer for items without an http(s) URL. */
  item: string;
  /** `${PUBLIC_URL}/compose/<itemId>` */
  compose: string;
}

const SUMMARY_MAX = 500;

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Slack's mrkdwn needs only these three escaped (https://api.slack.com/reference/surfaces/formatting). */
function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A URL inside `<url|label>`: `|` and `>` would end it early. */
function slackUrl(url: string): string {
  return url.replace(/\|/g, '%7C').replace(/>/g, '%3E').replace(/</g, '%3C');
}

/** Teams renders a subset of Markdown in MessageCard text; keep titles and summaries literal. */
function teamsEscape(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+!|<>-])/g, '\\$1');
}

export function itemLink(item: AnnouncedItem, compose: string): string {
  return item.url && /^https?:\/\//i.test(item.url) ? item.url : compose;
}

/** Slack incoming webhook: `text` is the notification fallback, `blocks` the message. */
export function slackAnnouncement(item: AnnouncedItem, links: AnnouncementLinks): Record<string, unknown> {
  const title = shorten(item.title, 300);
  const summary = shorten(item.summary, SUMMARY_MAX);
  return {
    text: `Featured in Chorus: ${title}`,
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `:star: *<${slackUrl(links.item)}|${slackEscape(title)}>*${summary ? `\n${slackEscape(summary)}` : ''}`,
        },
      },
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: `<${slackUrl(links.compose)}|Share it in Chorus>` }],
      },
    ],
  };
}

/** Teams incoming webhook: a legacy actionable MessageCard, which connectors and workflows both accept. */
export function teamsAnnouncement(item: AnnouncedItem, links: AnnouncementLinks): Record<string, unknown> {
  const title = shorten(item.title, 300);
  const summary = shorten(item.summary, SUMMARY_MAX);
  return {
    '@type': 'MessageCard',
    '@context': 'https://schema.org/extensions',
    summary: `Featured in Chorus: ${title}`,
    themeColor: '5B5FC7',
    title: `Featured: ${teamsEscape(title)}`,
    text: summary ? teamsEscape(summary) : 'A new featured item is ready to share.',
    potentialAction: [
      { '@type': 'OpenUri', name: 'Read it', targets: [{ os: 'default', uri: links.item }] },
      { '@type': 'OpenUri', name: 'Share it in Chorus', targets: [{ os: 'default', uri: links.compose }] },
    ],
  };
}

/** What the "test" button posts. */
export function testMessage(kind: 'slack' | 'teams', appUrl: string): Record<string, unknown> {
  const text = 'Chorus is connected: featured items will be announced here.';
  return kind === 'slack'
    ? {
        text,
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `${text} <${slackUrl(appUrl)}|Open Chorus>` } }],
      }
    : {
        '@type': 'MessageCard',
        '@context': 'https://schema.org/extensions',
        summary: 'Chorus test message',
        themeColor: '5B5FC7',
        title: 'Chorus test message',
        text,
        potentialAction: [{ '@type': 'OpenUri', name: 'Open Chorus', targets: [{ os: 'default', uri: appUrl }] }],
      };
}
