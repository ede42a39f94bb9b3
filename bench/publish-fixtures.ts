import { SecretBox } from '@chorus/server/core';
import { tokenContext } from '@chorus/server/connections';
import { SANDBOX_APPS } from '@chorus/server/demo';
import { LinkedInAdapter } from '@chorus/server/networks/linkedin';
import type { NetworkAdapter, TokenSet } from '@chorus/server/networks/port';
import { XAdapter } from '@chorus/server/networks/x';
import type { SandboxProcess } from '@chorus/server/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/** Seeding helpers of bench/publish.bench.ts. */

export type Network = 'linkedin' | 'x';

/** Runs `fn` over `items` with at most `limit` calls in flight. */
export async function pool<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  });
  await Promise.all(lanes);
  return results;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A small deterministic PRNG, so every run posts the same words. */
export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'cloud platform customer story team launch data insight product release roadmap partner journey ' +
  'learning design engineering growth market trend service quality support community event webinar ' +
  'report study research results approach practice lesson idea vision strategy culture people hiring ' +
  'career talent leadership mentor workshop session keynote panel demo feature update change progress ' +
  'success milestone project delivery speed scale reliability uptime security privacy trust value impact ' +
  'energy climate future city region europe summer autumn winter spring morning evening weekend week ' +
  'today tomorrow inspiring useful practical honest clear simple bold fresh curious proud happy excited ' +
  'grateful thoughtful sharp smart quick careful open friendly helpful modern classic global local ' +
  'small large early late first next great good better best new recent latest solid steady'
).split(' ');

/**
 * An advocate's own words: random enough that no two posts share three words in a row (the originality
 * rule blocks near-identical X posts across colleagues), with the disclosure the default pack requires.
 */
export function shareText(random: () => number): string {
  const words = Array.from({ length: 11 }, () => WORDS[Math.floor(random() * WORDS.length)]);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}. #employee`;
}

export interface ConnectedAdvocate {
  userId: string;
  accounts: Record<Network, string>;
}

/**
 * Connects each advocate's LinkedIn and X account the way the app does (authorization URL → the
 * sandbox's consent page as a new member → code exchange → profile), then stores the row with its tokens
 * sealed by the SecretBox the workers open them with.
 */
export async function connectAdvocates(
  ds: DataSource,
  box: SecretBox,
  sandbox: SandboxProcess,
  users: Array<{ id: string; name: string }>,
  linkedInVersion: string,
  parallel = 16,
): Promise<ConnectedAdvocate[]> {
  const transport = { sandboxPort: sandbox.httpPort, timeoutMs: 30_000 };
  const adapters: Record<Network, NetworkAdapter> = {
    linkedin: new LinkedInAdapter({ ...SANDBOX_APPS.linkedin, version: linkedInVersion, metricsScopes: false }, transport),
    x: new XAdapter({ ...SANDBOX_APPS.x }, transport),
  };
  const redirectUri = 'https://chorus.bench.example/api/connections/callback';
  return pool(users, parallel, async (user) => {
    const accounts = {} as Record<Network, string>;
    for (const network of ['linkedin', 'x'] as const) {
      const adapter = adapters[network];
      const request = adapter.authorizationUrl(redirectUri);
      const callback = await sandbox.consent(request.url, { newMemberName: user.name });
      const code = callback.searchParams.get('code');
      if (!code) throw new Error(`${network} consent for ${user.name} gave no code: ${callback}`);
      const tokens: TokenSet = await adapter.exchangeCode({ code, codeVerifier: request.codeVerifier, redirectUri });
      const profile = await adapter.profile(tokens.accessToken);
      const id = randomUUID();
      await ds.query(
        `INSERT INTO connected_accounts (id, user_id, network, remote_id, handle, display_name, avatar_url, access_token_enc,
                refresh_token_enc, access_token_expires_at, refresh_token_expires_at, scopes, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'connected')`,
        [
          id,
          user.id,
          network,
          profile.remoteId,
          profile.handle,
          profile.name,
          profile.avatarUrl,
          box.encrypt(tokens.accessToken, tokenContext(id, 'access')),
          tokens.refreshToken ? box.encrypt(tokens.refreshToken, tokenContext(id, 'refresh')) : null,
          tokens.accessTokenExpiresAt,
          tokens.refreshTokenExpiresAt,
          tokens.scopes,
        ],
      );
      accounts[network] = id;
    }
    return { userId: user.id, accounts };
  });
}

/** The tracked-link code inside a post (the link card's URL on LinkedIn, the expanded URL on X). */
export function linkCodeOf(post: { link: { url: string } | null; rawText: string }): string | null {
  const source = post.link?.url ?? post.rawText;
  return /\/l\/([A-Za-z0-9]+)/.exec(source)?.[1] ?? null;
}
