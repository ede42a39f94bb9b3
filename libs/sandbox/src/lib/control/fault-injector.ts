import { randomUUID } from 'node:crypto';
import type { Resettable } from '../http/sandbox-server';

export const SANDBOX_NETWORKS = ['linkedin', 'x'] as const;
export type SandboxNetwork = (typeof SANDBOX_NETWORKS)[number];

export const FAULT_MODES = ['respond', 'hang', 'drop-after-commit'] as const;
/**
 * - respond: answer with the given status, body and headers instead of handling the request;
 * - hang: never answer (the client's timeout fires; the socket closes with the client or the sandbox);
 * - drop-after-commit: handle the request (the post is created) and destroy the socket instead of
 *   answering, as a crash or a network cut after the network committed would.
 */
export type FaultMode = (typeof FAULT_MODES)[number];

export interface FaultRule {
  id: string;
  network: SandboxNetwork;
  /** Upper-case HTTP method, or `*` for any. */
  method: string;
  /** Matches the request path (without query) exactly or as a prefix. */
  path: string;
  /** How many more requests this rule applies to. */
  remaining: number;
  mode: FaultMode;
  status: number;
  body?: unknown;
  headers: Record<string, string>;
}

export class FaultRuleError extends Error {
  readonly statusCode = 400;
}

/** The pending faults that `POST /__sandbox/fail-next` arms; each network consumes its own. */
export class FaultInjector implements Resettable {
  private rules: FaultRule[] = [];

  /** Validates and arms a rule from the control endpoint's JSON body. */
  add(input: unknown): FaultRule {
    const rule = parseRule(input);
    this.rules.push(rule);
    return rule;
  }

  /** The first armed rule for this request, counted as used; undefined when none applies. */
  take(network: SandboxNetwork, method: string, path: string): FaultRule | undefined {
    const upper = method.toUpperCase();
    const rule = this.rules.find(
      (candidate) =>
        candidate.network === network &&
        (candidate.method === '*' || candidate.method === upper) &&
        path.startsWith(candidate.path),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules.splice(this.rules.indexOf(rule), 1);
    return { ...rule };
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  reset(): void {
    this.rules = [];
  }
}

function parseRule(input: unknown): FaultRule {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new FaultRuleError('fail-next expects a JSON object');
  }
  const raw = input as Record<string, unknown>;
  if (!SANDBOX_NETWORKS.includes(raw['network'] as SandboxNetwork)) {
    throw new FaultRuleError(`network must be one of ${SANDBOX_NETWORKS.join(', ')}`);
  }
  const path = raw['path'];
  if (typeof path !== 'string' || !path.startsWith('/')) throw new FaultRuleError('path must start with /');
  const method = raw['method'] ?? '*';
  if (typeof method !== 'string' || !/^(\*|[A-Za-z]+)$/.test(method)) {
    throw new FaultRuleError('method must be an HTTP method or *');
  }
  const count = raw['count'] ?? 1;
  if (!Number.isInteger(count) || (count as number) < 1) throw new FaultRuleError('count must be a positive integer');
  const mode = raw['mode'] ?? 'respond';
  if (!FAULT_MODES.includes(mode as FaultMode))
    throw new FaultRuleError(`mode must be one of ${FAULT_MODES.join(', ')}`);
  const status = raw['status'] ?? 503;
  if (!Number.isInteger(status) || (status as number) < 200 || (status as number) > 599) {
    throw new FaultRuleError('status must be an HTTP status from 200 to 599');
  }
  const headers = raw['headers'] ?? {};
  if (
    headers === null ||
    typeof headers !== 'object' ||
    Object.values(headers as object).some((value) => typeof value !== 'string' && typeof value !== 'number')
  ) {
    throw new FaultRuleError('headers must be an object of strings');
  }
  return {
    id: randomUUID(),
    network: raw['network'] as SandboxNetwork,
    method: method.toUpperCase(),
    path,
    remaining: count as number,
    mode: mode as FaultMode,
    status: status as number,
    ...(raw['body'] !== undefined ? { body: raw['body'] } : {}),
    headers: Object.fromEntries(
      Object.entries(headers as object).map(([name, value]) => [name.toLowerCase(), String(value)]),
    ),
  };
}
