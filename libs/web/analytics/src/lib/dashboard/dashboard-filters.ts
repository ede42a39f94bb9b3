import { ParamMap } from '@angular/router';
import { AnalyticsQuery, NETWORK_NAMES, NetworkName } from '@chorus/shared/contracts';
import { DEFAULT_PRESET, isDay, presetRange } from '../shared/date-range';

/** The dashboard's filters, as kept in the URL (`?from=…&to=…&groupId=…&network=…`). */
export interface DashboardFilters {
  from: string;
  to: string;
  groupId: string | null;
  network: NetworkName | null;
}

export function isNetwork(value: string | null): value is NetworkName {
  return (NETWORK_NAMES as readonly string[]).includes(value ?? '');
}

/** The filters a URL asks for; a missing or broken range is the last 30 days, a reversed one is swapped. */
export function filtersFromParams(params: ParamMap, now: Date = new Date()): DashboardFilters {
  const fallback = presetRange(DEFAULT_PRESET, now);
  let from = params.get('from');
  let to = params.get('to');
  if (!isDay(from) || !isDay(to)) {
    from = fallback.from;
    to = fallback.to;
  } else if (from > to) {
    [from, to] = [to, from];
  }
  const network = params.get('network');
  return {
    from,
    to,
    groupId: params.get('groupId') || null,
    network: isNetwork(network) ? network : null,
  };
}

export function toQuery(filters: DashboardFilters): AnalyticsQuery {
  return {
    from: filters.from,
    to: filters.to,
    groupId: filters.groupId ?? undefined,
    network: filters.network ?? undefined,
  };
}

/** The URL's query for a set of filters (null removes a parameter). */
export function toQueryParams(filters: DashboardFilters): Record<string, string | null> {
  return { from: filters.from, to: filters.to, groupId: filters.groupId, network: filters.network };
}
