import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { CreateSourceRequest, OpmlImportJob, SourceView, UpdateSourceRequest } from '@chorus/shared/contracts';
import { CONTENT_JOBS, DomainError, invalid, notFound, OpmlImportJobData, QUEUES } from '@chorus/server/core';
import { Actor, AuditService } from '@chorus/server/identity';
import type { Queue } from 'bull';
import { parseOpml } from 'feedsmith';
import { DataSource, Repository } from 'typeorm';
import { OpmlEntry, OpmlImport, Source } from '../entities';
import { IngestionService } from '../ingestion/ingestion.service';
import { conflictOn, iso, isUniqueViolation, isUuid } from '../util';
import { SourceScheduler } from './source-scheduler';

export function sourceView(source: Source): SourceView {
  return {
    id: source.id,
    name: source.name,
    url: source.url,
    format: source.format,
    enabled: source.enabled,
    pollIntervalMinutes: source.pollIntervalMinutes,
    language: source.language,
    topicIds: source.topicIds,
    status: !source.enabled ? 'disabled' : source.lastError ? 'failing' : source.lastSuccessAt ? 'ok' : 'pending',
    lastPolledAt: iso(source.lastPolledAt),
    lastSuccessAt: iso(source.lastSuccessAt),
    lastError: source.lastError,
    nextPollAt: iso(source.nextPollAt),
    itemCount: source.itemCount,
    createdAt: source.createdAt.toISOString(),
  };
}

export function opmlView(job: OpmlImport): OpmlImportJob {
  return {
    id: job.id,
    state: job.state,
    total: job.total,
    processed: job.processed,
    created: job.created,
    skipped: job.skipped,
    errors: job.errors,
  };
}

@Injectable()
export class SourcesService {
  constructor(
    @InjectRepository(Source) private readonly sources: Repository<Source>,
    @InjectRepository(OpmlImport) private readonly imports: Repository<OpmlImport>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.content) private readonly queue: Queue<OpmlImportJobData>,
    private readonly scheduler: SourceScheduler,
    private readonly ingestion: IngestionService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<SourceView[]> {
    return (await this.sources.find({ order: { createdAt: 'DESC' } })).map(sourceView);
  }

  async create(
    actor: Actor | null,
    body: CreateSourceRequest,
    options: { enqueueFirstPoll?: boolean } = {},
  ): Promise<Source> {
    const url = normaliseFeedUrl(body.url);
    await this.checkTopics(body.topicIds);
    let source: Source;
    try {
      source = await this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(
          manager.create(Source, {
            url,
            name: body.name?.trim() || new URL(url).hostname,
            nameFromFeed: !body.name?.trim(),
            pollIntervalMinutes: body.pollIntervalMinutes ?? 60,
            language: body.language ?? null,
            topicIds: [...new Set(body.topicIds ?? [])],
          }),
        );
        await this.audit.record(
          actor,
          { action: 'source.create', targetType: 'source', targetId: saved.id, details: { url } },
          manager,
        );
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_sources_url')) throw conflictOn('url', 'is already a source');
      throw error;
    }
    await this.scheduler.schedule(source.id, source.pollIntervalMinutes);
    if (options.enqueueFirstPoll ?? true) await this.scheduler.pollNow(source.id);
    return source;
  }

  async update(actor: Actor, id: string, body: UpdateSourceRequest): Promise<SourceView> {
    const source = await this.find(id);
    await this.checkTopics(body.topicIds);
    if (body.name !== undefined) {
      source.name = body.name.trim() || source.name;
      source.nameFromFeed = false;
    }
    if (body.pollIntervalMinutes !== undefined) source.pollIntervalMinutes = body.pollIntervalMinutes;
    if (body.language !== undefined) source.language = body.language;
    if (body.topicIds !== undefined) source.topicIds = [...new Set(body.topicIds)];
    if (body.enabled !== undefined) source.enabled = body.enabled;
    const saved = await this.dataSource.transaction(async (manager) => {
      const row = await manager.save(source);
      await this.audit.record(
        actor,
        { action: 'source.update', targetType: 'source', targetId: id, details: { fields: Object.keys(body) } },
        manager,
      );
      return row;
    });
    if (saved.enabled) await this.scheduler.schedule(saved.id, saved.pollIntervalMinutes);
    else await this.scheduler.unschedule(saved.id);
    return sourceView(saved);
  }

  /** The source goes; its items stay (source_id becomes null through the foreign key). */
  async remove(actor: Actor, id: string): Promise<void> {
    const source = await this.find(id);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(Source, { id });
      await this.audit.record(
        actor,
        { action: 'source.delete', targetType: 'source', targetId: id, details: { url: source.url } },
        manager,
      );
    });
    await this.scheduler.unschedule(id);
  }

  async pollNow(id: string): Promise<void> {
    await this.scheduler.pollNow((await this.find(id)).id);
  }

  /** Validates the whole file before anything is created; the worker does the rest. */
  async startOpmlImport(actor: Actor, opml: string): Promise<OpmlImportJob> {
    const entries = readOpml(opml);
    const job = await this.imports.save(this.imports.create({ entries, total: entries.length, createdBy: actor.id }));
    await this.audit.record(actor, {
      action: 'source.opml_import',
      targetType: 'opml_import',
      targetId: job.id,
      details: { total: entries.length },
    });
    await this.queue.add(CONTENT_JOBS.opmlImport, { importId: job.id }, { jobId: `opml:${job.id}`, attempts: 1 });
    return opmlView(job);
  }

  async opmlImport(id: string): Promise<OpmlImportJob> {
    const job = isUuid(id) ? await this.imports.findOneBy({ id }) : null;
    if (!job) throw notFound('The OPML import');
    return opmlView(job);
  }

  /** Worker: one entry at a time, progress written after each, so the client sees it move. */
  async runOpmlImport(importId: string): Promise<void> {
    const job = await this.imports.findOneBy({ id: importId });
    if (!job || job.state === 'done') return;
    job.state = 'running';
    await this.imports.save(job);
    // The sources are created on behalf of the curator who uploaded the file, and audited as theirs.
    const importer = await this.importer(job.createdBy);
    try {
      for (const entry of job.entries.slice(job.processed)) {
        try {
          const url = normaliseFeedUrl(entry.url);
          if (await this.sources.existsBy({ url })) {
            job.skipped++;
          } else {
            const source = await this.create(
              importer,
              { url, name: entry.name ?? undefined },
              { enqueueFirstPoll: false },
            );
            const outcome = await this.ingestion.poll(source.id, true);
            if (outcome.status === 'failed') job.errors = [...job.errors, { url: entry.url, message: outcome.error }];
            job.created++;
          }
        } catch (error) {
          const message = error instanceof DomainError ? error.message : (error as Error).message;
          if (error instanceof DomainError && error.status === 409) job.skipped++;
          else job.errors = [...job.errors, { url: entry.url, message }];
        }
        job.processed++;
        await this.imports.save(job);
      }
      job.state = 'done';
    } catch {
      job.state = 'failed';
    }
    await this.imports.save(job);
  }

  private async importer(userId: string | null): Promise<Actor | null> {
    if (!userId) return null;
    const [user]: Array<{ email: string }> = await this.dataSource.query(`SELECT email FROM users WHERE id = $1`, [
      userId,
    ]);
    return user ? { id: userId, email: user.email } : null;
  }

  private async find(id: string): Promise<Source> {
    const source = isUuid(id) ? await this.sources.findOneBy({ id }) : null;
    if (!source) throw notFound('The source');
    return source;
  }

  private async checkTopics(topicIds: string[] | undefined): Promise<void> {
    const unique = [...new Set(topicIds ?? [])];
    if (!unique.length) return;
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM topics WHERE id = ANY($1::uuid[])`,
      [unique],
    );
    if (count !== unique.length) throw invalid('topicIds', 'contains an unknown topic');
  }
}

export function normaliseFeedUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw invalid('url', 'must be an http or https URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid('url', 'must be an http or https URL');
  url.hash = '';
  return url.toString();
}

const MAX_OPML_ENTRIES = 500;

/** The feeds an OPML file lists (nested outlines included); a 400 naming `opml` when there are none. */
export function readOpml(text: string): OpmlEntry[] {
  let parsed: { body?: { outlines?: unknown[] } };
  try {
    parsed = parseOpml(text) as typeof parsed;
  } catch (error) {
    throw invalid('opml', `is not a valid OPML document (${(error as Error).message})`);
  }
  const entries: OpmlEntry[] = [];
  const seen = new Set<string>();
  const walk = (outlines: unknown[] | undefined) => {
    for (const outline of outlines ?? []) {
      const o = outline as { xmlUrl?: string; text?: string; title?: string; outlines?: unknown[] };
      if (typeof o.xmlUrl === 'string' && o.xmlUrl.trim() && !seen.has(o.xmlUrl.trim())) {
        seen.add(o.xmlUrl.trim());
        entries.push({ url: o.xmlUrl.trim(), name: (o.title ?? o.text ?? '').trim().slice(0, 200) || null });
      }
      walk(o.outlines);
    }
  };
  walk(parsed?.body?.outlines);
  if (entries.length === 0) throw invalid('opml', 'lists no feeds (no outline has an xmlUrl)');
  if (entries.length > MAX_OPML_ENTRIES) throw invalid('opml', `lists more than ${MAX_OPML_ENTRIES} feeds`);
  return entries;
}
