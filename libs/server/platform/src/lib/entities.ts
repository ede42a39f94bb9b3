import { ANALYTICS_ENTITIES } from '@chorus/server/analytics';
import { CONNECTIONS_ENTITIES } from '@chorus/server/connections';
import { CONTENT_ENTITIES } from '@chorus/server/content';
import { dataSourceOptions, WorkerHeartbeat } from '@chorus/server/core';
import { ENABLEMENT_ENTITIES } from '@chorus/server/enablement';
import { GUIDELINES_ENTITIES } from '@chorus/server/guidelines';
import { IDENTITY_ENTITIES } from '@chorus/server/identity';
import { LINKS_ENTITIES } from '@chorus/server/links';
import { OUTREACH_ENTITIES } from '@chorus/server/outreach';
import { PUBLISHING_ENTITIES } from '@chorus/server/publishing';
import { DataSource } from 'typeorm';

/** Every entity of every domain: for tools that run outside Nest (migrate, seed, the schema check). */
export const ALL_ENTITIES = [
  ...IDENTITY_ENTITIES,
  ...CONNECTIONS_ENTITIES,
  ...CONTENT_ENTITIES,
  ...GUIDELINES_ENTITIES,
  ...LINKS_ENTITIES,
  ...PUBLISHING_ENTITIES,
  ...ANALYTICS_ENTITIES,
  ...ENABLEMENT_ENTITIES,
  ...OUTREACH_ENTITIES,
  WorkerHeartbeat,
];

export function standaloneDataSource(databaseUrl: string): DataSource {
  return new DataSource({ ...dataSourceOptions(databaseUrl), entities: ALL_ENTITIES });
}
