import { createHash } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildSandboxServer, SandboxServer } from '../http/sandbox-server';
import { MailStore } from '../mail/mail-store';
import { installNetworks, SandboxNetworks } from '../networks';
import { SANDBOX_DEFAULTS } from '../sandbox-config';

/** The whole sandbox without a socket, for the HTTP specs: requests go through Fastify's inject. */
export interface InProcessSandbox extends SandboxNetworks {
  server: SandboxServer;
  request(host: string, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export const LINKEDIN_APP = SANDBOX_DEFAULTS.apps.linkedin;
export const X_APP = SANDBOX_DEFAULTS.apps.x;
export const REDIRECT_URI = 'http://127.0.0.1:4200/api/connections/callback';

export function inProcessSandbox(): InProcessSandbox {
  const mail = new MailStore();
  const server = buildSandboxServer({ mail });
  const networks = installNetworks(server, SANDBOX_DEFAULTS.apps, mail);
  return {
    ...networks,
    server,
    request: (host, options) => server.app.inject({ ...options, headers: { host, ...options.headers } }),
    close: () => server.app.close(),
  };
}

export function form(values: Record<string, string>): Pick<InjectOptions, 'payload' | 'headers'> {
  return {
    payload: new URLSearchParams(values).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  };
}

/** The hidden authorization id of a rendered consent page. */
export function authorizationIdOf(html: string): string {
  const match = /name="authorization" value="([^"]+)"/.exec(html);
  if (!match) throw new Error(`no consent form in: ${html.slice(0, 300)}`);
  return match[1];
}

/** Runs LinkedIn's consent step like a browser and returns the redirect's query. */
export async function linkedInConsent(
  sandbox: InProcessSandbox,
  options: {
    scope?: string;
    state?: string;
    clientId?: string;
    member?: string;
    newMemberName?: string;
    decision?: string;
  } = {},
): Promise<URLSearchParams> {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: options.clientId ?? LINKEDIN_APP.clientId,
    redirect_uri: REDIRECT_URI,
    scope: options.scope ?? 'openid,profile,email,w_member_social',
    state: options.state ?? 'state-123',
  });
  const page = await sandbox.request('www.linkedin.com', { method: 'GET', url: `/oauth/v2/authorization?${query}` });
  if (page.statusCode !== 200) throw new Error(`consent page answered ${page.statusCode}: ${page.body}`);
  const decision = await sandbox.request('www.linkedin.com', {
    method: 'POST',
    url: '/oauth/v2/authorization/decision',
    ...form({
      authorization: authorizationIdOf(page.body),
      decision: options.decision ?? 'allow',
      member: options.member ?? [...sandbox.linkedin.members.keys()][0],
      newMemberName: options.newMemberName ?? '',
    }),
  });
  return new URL(String(decision.headers.location)).searchParams;
}

/** A LinkedIn access token for the first member (or the given one), through consent and accessToken. */
export async function linkedInToken(
  sandbox: InProcessSandbox,
  options: { scope?: string; clientId?: string; clientSecret?: string; member?: string } = {},
): Promise<{ access_token: string; refresh_token?: string; scope: string; expires_in: number }> {
  const code = (await linkedInConsent(sandbox, options)).get('code') as string;
  const response = await sandbox.request('www.linkedin.com', {
    method: 'POST',
    url: '/oauth/v2/accessToken',
    ...form({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      client_id: options.clientId ?? LINKEDIN_APP.clientId,
      client_secret: options.clientSecret ?? LINKEDIN_APP.clientSecret,
    }),
  });
  if (response.statusCode !== 200) throw new Error(`accessToken answered ${response.statusCode}: ${response.body}`);
  return response.json();
}

export const PKCE_VERIFIER = 'a'.repeat(20) + 'B'.repeat(23) + '-._~';
export const PKCE_CHALLENGE = createHash('sha256').update(PKCE_VERIFIER).digest('base64url');

/** Runs X's consent step like a browser and returns the redirect's query. */
export async function xConsent(
  sandbox: InProcessSandbox,
  options: {
    scope?: string;
    state?: string;
    member?: string;
    decision?: string;
    method?: string;
    challenge?: string;
  } = {},
): Promise<URLSearchParams> {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: X_APP.clientId,
    redirect_uri: REDIRECT_URI,
    scope: options.scope ?? 'tweet.read tweet.write users.read offline.access media.write',
    state: options.state ?? 'x-state',
    code_challenge: options.challenge ?? PKCE_CHALLENGE,
    code_challenge_method: options.method ?? 's256',
  });
  const page = await sandbox.request('x.com', { method: 'GET', url: `/i/oauth2/authorize?${query}` });
  if (page.statusCode !== 200) return new URL(String(page.headers.location)).searchParams;
  const decision = await sandbox.request('x.com', {
    method: 'POST',
    url: '/i/oauth2/authorize/decision',
    ...form({
      authorization: authorizationIdOf(page.body),
      decision: options.decision ?? 'allow',
      member: options.member ?? [...sandbox.x.users.keys()][0],
    }),
  });
  return new URL(String(decision.headers.location)).searchParams;
}

export function basicAuth(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`;
}

/** X tokens for the first member (or the given one), exchanged with a JSON body and Basic auth. */
export async function xTokens(
  sandbox: InProcessSandbox,
  options: { scope?: string; member?: string } = {},
): Promise<{ access_token: string; refresh_token?: string; scope: string; expires_in: number }> {
  const code = (await xConsent(sandbox, options)).get('code') as string;
  const response = await sandbox.request('api.x.com', {
    method: 'POST',
    url: '/2/oauth2/token',
    headers: { authorization: basicAuth(X_APP.clientId, X_APP.clientSecret), 'content-type': 'application/json' },
    payload: JSON.stringify({
      code,
      code_verifier: PKCE_VERIFIER,
      redirect_uri: REDIRECT_URI,
      grant_type: 'authorization_code',
      client_id: X_APP.clientId,
      client_secret: X_APP.clientSecret,
    }),
  });
  if (response.statusCode !== 200) throw new Error(`token answered ${response.statusCode}: ${response.body}`);
  return response.json();
}
