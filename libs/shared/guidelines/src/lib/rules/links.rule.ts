import type { RuleKindModule } from './rule-kind';
import type { LinksRule, Severity } from '../types';
import { canonicalUrl, DomainSet, hostMatches, hostOf } from '../text/urls';
import { checkSeverity, checkStrings } from '../validate';
import { appendEdit, endRange } from './fixes';
import { LABELS } from '../labels';

/** Third-party shorteners hide the destination and break click tracking. */
export const DEFAULT_SHORTENERS: readonly string[] = [
  'bit.ly', 'bitly.com', 'tinyurl.com', 't.co', 'ow.ly', 'buff.ly', 'goo.gl', 'is.gd', 'v.gd', 'rebrand.ly', 'cutt.ly', 'shorturl.at',
  't.ly', 'rb.gy', 'tiny.cc', 'lnkd.in', 'dlvr.it', 'trib.al', 'bl.ink', 'short.io', 'soo.gd', 's.id', 'shorte.st', 'adf.ly',
];

/** Allowed/blocked domains (with subdomains), shorteners, and the tracked link for curated content. */
export const linksRule: RuleKindModule<LinksRule> = {
  kind: 'links',
  compile(rule, c) {
    checkStrings(rule.allowedDomains, 'allowedDomains', c, { optional: true });
    checkStrings(rule.blockedDomains, 'blockedDomains', c, { optional: true });
    if (rule.shorteners !== undefined && typeof rule.shorteners !== 'boolean') checkStrings(rule.shorteners, 'shorteners', c);
    for (const k of ['blocked', 'unlisted', 'shortener', 'tracked'] as const) checkSeverity(rule.severities?.[k], `severities.${k}`, c, true);
    const allowed = rule.allowedDomains ? new DomainSet(rule.allowedDomains) : null;
    const blocked = new DomainSet(rule.blockedDomains ?? []);
    const shorteners = new DomainSet(rule.shorteners === true ? DEFAULT_SHORTENERS : Array.isArray(rule.shorteners) ? rule.shorteners : []);
    const sev = (k: 'blocked' | 'unlisted' | 'shortener' | 'tracked'): Severity => rule.severities?.[k] ?? rule.severity;

    return (ctx, out) => {
      const item = ctx.input.contentItem;
      const tracked = rule.requireTrackedLink && item?.trackedLinks?.length ? item.trackedLinks : null;
      const trackedCanon = tracked ? tracked.map(canonicalUrl) : [];
      const trackedHosts = tracked ? tracked.map((t) => hostOf(t)).filter((h): h is string => h !== null) : [];
      const itemCanon = item ? canonicalUrl(item.url) : null;
      // Canonical forms only for links on the hosts that can be the tracked or the content link.
      const itemHost = item ? hostOf(item.url) : null;
      let hasTracked = false;
      let rawItemLinks = 0;
      if (!tracked && blocked.size === 0 && shorteners.size === 0 && !allowed) return;
      for (const u of ctx.urls) {
        const canon = tracked && (u.host === itemHost || trackedHosts.includes(u.host)) ? canonicalUrl(u.url) : '';
        if (canon && trackedCanon.includes(canon)) {
          hasTracked = true;
          continue;
        }
        if (tracked && canon && canon === itemCanon) {
          rawItemLinks++;
          out.push(
            ctx.finding(rule, sev('tracked'), [{ start: u.start, end: u.end }], { url: u.url, domain: u.host }, {
              fix: { label: ctx.label('useTracked'), edits: [{ start: u.start, end: u.end, replacement: tracked[0] }] },
            }),
          );
          continue;
        }
        const range = [{ start: u.start, end: u.end }];
        if (blocked.has(u.host)) out.push(ctx.finding(rule, sev('blocked'), range, { url: u.url, domain: u.host }));
        else if (shorteners.has(u.host)) out.push(ctx.finding(rule, sev('shortener'), range, { url: u.url, domain: u.host }));
        else if (allowed && !allowed.has(u.host) && !trackedHosts.some((h) => hostMatches(u.host, h)))
          out.push(ctx.finding(rule, sev('unlisted'), range, { url: u.url, domain: u.host }));
      }
      if (tracked && !hasTracked && rawItemLinks === 0) {
        out.push(
          ctx.finding(rule, sev('tracked'), endRange(ctx.text), { url: tracked[0], domain: hostOf(tracked[0]) ?? '' }, {
            message: LABELS.missingTrackedLink,
            fix: { label: ctx.label('append', tracked[0]), edits: [appendEdit(ctx.text, tracked[0])] },
          }),
        );
      }
    };
  },
};
