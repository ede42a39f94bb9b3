import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { queryValue } from '../shared';
import { authenticate } from './auth';
import { notAuthorizedForField, resourceNotFound, sendXInvalidRequest } from './errors';
import { fieldList, mayReadPrivateMetrics, PRIVATE_METRIC_FIELDS, tweetView } from './public-fields';
import type { XState, XTweet } from './x-state';

const READ_SCOPES = ['tweet.read', 'users.read'];
const NUMERIC_ID = /^\d{1,19}$/;
/** X serves only a user's 3,200 most recent posts through this timeline. */
const TIMELINE_DEPTH = 3200;
const DEFAULT_MAX_RESULTS = 10;
const MIN_MAX_RESULTS = 5;
const MAX_MAX_RESULTS = 100;
const EXCLUDABLE = ['replies', 'retweets'];
/** The earliest start_time X accepts. */
const EARLIEST_TIME = '2010-11-06T00:00:01Z';
/** RFC 3339 date-times, the format X documents as `YYYY-MM-DDTHH:mm:ssZ` (fractions and offsets accepted). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/i;

type Query = (name: string) => string | undefined;

/** `GET /2/users/:id/tweets`: a user's own posts (no reposts or replies exist in the sandbox), newest first. */
export function xTimelineRoutes(state: XState): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Params: { id: string } }>('/2/users/:id/tweets', async (request, reply) => {
      const token = authenticate(state, request, reply, READ_SCOPES);
      if (!token) return reply;
      const { id } = request.params;
      if (!NUMERIC_ID.test(id)) {
        return sendXInvalidRequest(reply, 'id', `The \`id\` query parameter value [${id}] is not valid`, [id]);
      }
      const query: Query = (name) => queryValue(request.query, name);
      const params = parseParams(query, reply);
      if (!params) return reply;
      // Newer spec revisions call the parameter post.fields; accept both.
      const fields = [...fieldList(query('tweet.fields')), ...fieldList(query('post.fields'))];

      if (!state.users.has(id)) {
        // X answers an unknown user with a 200 that carries only the error.
        return reply.type('application/json').send({ errors: [resourceNotFound('user', 'id', id)] });
      }
      const posts = [...state.tweets.byAuthorId(id)]
        .filter((tweet) => tweet.deletedAtMs === null)
        .sort(newestFirst)
        .slice(0, TIMELINE_DEPTH)
        .filter((tweet) => params.matches(tweet));
      const page = pageOf(posts, params.cursor, params.maxResults);

      const now = state.clock.nowMs();
      const privateFields = fields.filter((field) => PRIVATE_METRIC_FIELDS.includes(field));
      const data: Array<Record<string, unknown>> = [];
      const errors: Array<Record<string, unknown>> = [];
      for (const tweet of page.posts) {
        if (privateFields.length > 0 && !mayReadPrivateMetrics(tweet, token.userId, now)) {
          // As for lookups: the post is left out of `data` and `errors` says why.
          errors.push(...privateFields.map((field) => notAuthorizedForField(tweet.id, field)));
        } else {
          data.push(tweetView(tweet, fields, now));
        }
      }
      const meta: Record<string, unknown> = { result_count: data.length };
      if (page.posts.length > 0) {
        meta['newest_id'] = page.posts[0].id;
        meta['oldest_id'] = page.posts[page.posts.length - 1].id;
      }
      if (page.next) meta['next_token'] = encodeCursor({ direction: 'next', id: page.next });
      if (page.previous) meta['previous_token'] = encodeCursor({ direction: 'previous', id: page.previous });
      return reply.type('application/json').send({
        ...(data.length > 0 ? { data } : {}),
        ...(errors.length > 0 ? { errors } : {}),
        meta,
      });
    });
  };
}

interface TimelineParams {
  maxResults: number;
  cursor: Cursor | null;
  matches(tweet: XTweet): boolean;
}

/** The query's filters and paging, or null once a 400 has been sent. */
function parseParams(query: Query, reply: FastifyReply): TimelineParams | null {
  const rawMax = query('max_results');
  const maxResults = rawMax === undefined ? DEFAULT_MAX_RESULTS : /^\d{1,4}$/.test(rawMax) ? Number(rawMax) : NaN;
  if (!(maxResults >= MIN_MAX_RESULTS && maxResults <= MAX_MAX_RESULTS)) {
    sendXInvalidRequest(
      reply,
      'max_results',
      `The \`max_results\` query parameter value [${rawMax}] is not between ${MIN_MAX_RESULTS} and ${MAX_MAX_RESULTS}`,
      [String(rawMax)],
    );
    return null;
  }

  // Both in second granularity: start_time is inclusive, end_time exclusive.
  const times: Partial<Record<'start_time' | 'end_time', number>> = {};
  for (const name of ['start_time', 'end_time'] as const) {
    const raw = query(name);
    if (raw === undefined) continue;
    const ms = parseDateTime(raw);
    if (ms === null || ms < Date.parse(EARLIEST_TIME)) {
      sendXInvalidRequest(
        reply,
        name,
        `Invalid '${name}':'${raw}'. '${name}' must be a date-time in RFC 3339 format (YYYY-MM-DDTHH:mm:ssZ) on or after ${EARLIEST_TIME}`,
        [raw],
      );
      return null;
    }
    times[name] = Math.floor(ms / 1000) * 1000;
  }
  const { start_time: startMs, end_time: endMs } = times;
  if (startMs !== undefined && endMs !== undefined && startMs >= endMs) {
    sendXInvalidRequest(
      reply,
      'start_time',
      `Invalid 'start_time':'${query('start_time')}'. 'start_time' must be before 'end_time':'${query('end_time')}'`,
      [String(query('start_time'))],
    );
    return null;
  }

  const ids: Partial<Record<'since_id' | 'until_id', string>> = {};
  for (const name of ['since_id', 'until_id'] as const) {
    const raw = query(name);
    if (raw === undefined) continue;
    if (!NUMERIC_ID.test(raw)) {
      sendXInvalidRequest(reply, name, `The \`${name}\` query parameter value [${raw}] is not valid`, [raw]);
      return null;
    }
    ids[name] = raw;
  }

  const exclude = fieldList(query('exclude'));
  const unknown = exclude.find((value) => !EXCLUDABLE.includes(value));
  if (unknown !== undefined) {
    sendXInvalidRequest(
      reply,
      'exclude',
      `The \`exclude\` query parameter value [${unknown}] is not one of [${EXCLUDABLE.join(',')}]`,
      [unknown],
    );
    return null;
  }

  const rawToken = query('pagination_token');
  const cursor = rawToken === undefined ? null : decodeCursor(rawToken);
  if (rawToken !== undefined && !cursor) {
    sendXInvalidRequest(
      reply,
      'pagination_token',
      `The \`pagination_token\` query parameter value [${rawToken}] is not valid`,
      [rawToken],
    );
    return null;
  }

  return {
    maxResults,
    cursor,
    // The sandbox has no reposts or replies (replies are refused), so `exclude` leaves every post in.
    matches: (tweet) =>
      (startMs === undefined || tweet.createdAtMs >= startMs) &&
      (endMs === undefined || tweet.createdAtMs < endMs) &&
      (ids.since_id === undefined || compareIds(tweet.id, ids.since_id) > 0) &&
      (ids.until_id === undefined || compareIds(tweet.id, ids.until_id) < 0),
  };
}

function parseDateTime(raw: string): number | null {
  if (!DATE_TIME.test(raw)) return null;
  // Date.parse takes at most millisecond fractions.
  const ms = Date.parse(raw.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isNaN(ms) ? null : ms;
}

/** Numeric ids as strings (no leading zeros): longer is larger, else compare the digits. */
function compareIds(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}

/** Snowflake ids grow with time, so the largest id is the newest post. */
function newestFirst(a: XTweet, b: XTweet): number {
  return compareIds(b.id, a.id);
}

interface Cursor {
  /** `next` pages start at `id` and go back in time; `previous` pages end at `id`. */
  direction: 'next' | 'previous';
  id: string;
}

/** Opaque-looking pagination tokens, like X's lower-case alphanumeric ones. */
function encodeCursor(cursor: Cursor): string {
  return `${cursor.direction === 'next' ? 'n' : 'p'}${BigInt(cursor.id).toString(36)}`;
}

function decodeCursor(token: string): Cursor | null {
  const match = /^([np])([0-9a-z]{1,13})$/.exec(token);
  if (!match) return null;
  const id = [...match[2]].reduce((value, digit) => value * 36n + BigInt(parseInt(digit, 36)), 0n);
  if (id <= 0n || id >= 10n ** 19n) return null;
  return { direction: match[1] === 'n' ? 'next' : 'previous', id: id.toString() };
}

/** One page of the (newest first) posts, with the ids where the next and previous pages start/end. */
function pageOf(
  posts: XTweet[],
  cursor: Cursor | null,
  size: number,
): { posts: XTweet[]; next: string | null; previous: string | null } {
  let start = 0;
  if (cursor?.direction === 'next') {
    start = posts.findIndex((tweet) => compareIds(tweet.id, cursor.id) <= 0);
    if (start < 0) start = posts.length;
  } else if (cursor?.direction === 'previous') {
    const after = posts.findIndex((tweet) => compareIds(tweet.id, cursor.id) < 0);
    const end = after < 0 ? posts.length : after;
    start = Math.max(0, end - size);
  }
  const page = posts.slice(start, start + size);
  return {
    posts: page,
    next: start + size < posts.length ? posts[start + size].id : null,
    previous: start > 0 && page.length > 0 ? posts[start - 1].id : null,
  };
}
