import type { NetworkName } from '@chorus/shared/contracts';

/** What every lead report filters by, the range already resolved. */
export interface ReachFilter {
  from: string;
  to: string;
  groupId: string | null;
  network: NetworkName | null;
}

/**
 * The WHERE clause of a report over a rollup table (`alias`), appending its values to `params`. The day range
 * comes first so the planner can use the (day, …) and (user_id, day) indexes; the group is matched against
 * the row's group_ids, i.e. membership on the day of the activity.
 */
export function rollupWhere(alias: string, filter: ReachFilter, params: unknown[]): string {
  params.push(filter.from, filter.to);
  const clauses = [`${alias}.day BETWEEN $${params.length - 1}::date AND $${params.length}::date`];
  if (filter.groupId) {
    params.push(filter.groupId);
    clauses.push(`$${params.length}::uuid = ANY(${alias}.group_ids)`);
  }
  if (filter.network) {
    params.push(filter.network);
    clauses.push(`${alias}.network = $${params.length}`);
  }
  return clauses.join(' AND ');
}

/** The summed figures of rollup rows as numbers (float8: bigint sums would arrive as strings). */
export function sumColumns(alias: string): string {
  return [
    `coalesce(sum(${alias}.shares), 0)::float8 AS shares`,
    `coalesce(sum(${alias}.clicks), 0)::float8 AS clicks`,
    `coalesce(sum(${alias}.unique_clicks), 0)::float8 AS "uniqueClicks"`,
    `coalesce(sum(${alias}.bot_clicks), 0)::float8 AS "botClicks"`,
    `coalesce(sum(${alias}.impressions), 0)::float8 AS impressions`,
    `coalesce(sum(${alias}.engagements), 0)::float8 AS engagements`,
  ].join(', ');
}

/** Users who count as enrolled advocates (active accounts holding the advocate role); `u` is users. */
export const ENROLLED_ADVOCATE = `u.status = 'active' AND 'advocate' = ANY(u.roles)`;

/**
 * The WHERE clause over a rollup kept per group (`group_id` null: everyone): the filtered group's rows, or
 * everyone's — never both, or figures would count twice. `network`: 'rows' keeps per-network rows (all, or
 * the filtered one); 'advocates' picks the rows whose advocate count fits the filter (the both-networks row
 * when unfiltered).
 */
export function perGroupWhere(
  alias: string,
  filter: ReachFilter,
  params: unknown[],
  network: 'rows' | 'advocates' = 'rows',
): string {
  params.push(filter.from, filter.to);
  const clauses = [`${alias}.day BETWEEN $${params.length - 1}::date AND $${params.length}::date`];
  if (filter.groupId) {
    params.push(filter.groupId);
    clauses.push(`${alias}.group_id = $${params.length}::uuid`);
  } else {
    clauses.push(`${alias}.group_id IS NULL`);
  }
  if (filter.network) {
    params.push(filter.network);
    clauses.push(`${alias}.network = $${params.length}`);
  } else if (network === 'rows') {
    clauses.push(`${alias}.network IS NOT NULL`);
  } else {
    clauses.push(`${alias}.network IS NULL`);
  }
  return clauses.join(' AND ');
}
