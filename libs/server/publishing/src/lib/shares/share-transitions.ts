import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GuidelineFinding, NetworkName, ShareState } from '@chorus/shared/contracts';
import { Clock } from '@chorus/server/core';
import { DataSource, EntityManager } from 'typeorm';

/** What a transition returns: enough to enqueue, notify and log. */
export interface TransitionedShare {
  id: string;
  userId: string;
  network: NetworkName;
  state: ShareState;
  dispatch: number;
  dueAt: Date;
}

export interface Failure {
  code: string;
  message: string;
  findings?: GuidelineFinding[];
}

interface Row {
  id: string;
  user_id: string;
  network: NetworkName;
  state: ShareState;
  dispatch: number;
  due_at: Date;
}

const RETURNING = 'RETURNING id, user_id, network, state, dispatch, due_at';

/**
 * Every state change of a share is one guarded UPDATE: it names the states it may leave, so of two
 * processes racing (two workers, a worker and the reconciler, a worker and the advocate cancelling) exactly
 * one wins and the other sees null. Nothing else writes `state`.
 */
@Injectable()
export class ShareTransitions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** scheduled → publishing, for the job of the current dispatch once the share is due. One worker wins. */
  async claim(id: string, dispatch: number): Promise<TransitionedShare | null> {
    const now = this.clock.now();
    return this.one(
      `UPDATE shares SET state = 'publishing', publishing_started_at = $3, attempts = attempts + 1, updated_at = $3
        WHERE id = $1 AND dispatch = $2 AND state = 'scheduled' AND due_at <= $3 ${RETURNING}`,
      [id, dispatch, now],
    );
  }

  /** The network has the post. Also settles an outcome_unknown share (the answer arrived after all). */
  published(
    id: string,
    post: { remoteId: string | null; url: string | null; publishedAt: Date },
    from: ShareState[] = ['publishing', 'outcome_unknown'],
  ): Promise<TransitionedShare | null> {
    return this.one(
      `UPDATE shares SET state = 'published', remote_id = $3, post_url = $4, published_at = $5, needs_confirmation = false,
              failure_code = NULL, failure_message = NULL, failure_findings = NULL, updated_at = $6
        WHERE id = $1 AND state = ANY($2) ${RETURNING}`,
      [id, from, post.remoteId, post.url, post.publishedAt, this.clock.now()],
    );
  }

  /**
   * Back to scheduled with a new dispatch (a new job id): after a rate limit, a transient error, a "no, it
   * did not appear", a retry or a reschedule. `transient` counts towards the bounded retries.
   */
  reschedule(
    id: string,
    dueAt: Date,
    from: ShareState[],
    options: { transient?: boolean; resetFailures?: boolean; failure?: Failure; manager?: EntityManager } = {},
  ): Promise<TransitionedShare | null> {
    const failures = options.resetFailures
      ? '0'
      : options.transient
        ? 'transient_failures + 1'
        : 'transient_failures';
    return this.one(
      `UPDATE shares SET state = 'scheduled', due_at = $3, dispatch = dispatch + 1, transient_failures = ${failures},
              publishing_started_at = NULL, unknown_since = NULL, needs_confirmation = false,
              failure_code = $4, failure_message = $5, failure_findings = NULL, updated_at = $6
        WHERE id = $1 AND state = ANY($2) ${RETURNING}`,
      [id, from, dueAt, options.failure?.code ?? null, options.failure?.message ?? null, this.clock.now()],
      options.manager,
    );
  }

  fail(id: string, failure: Failure, from: ShareState[] = ['publishing', 'outcome_unknown']): Promise<TransitionedShare | null> {
    return this.end(id, 'failed', failure, from);
  }

  needsReconnect(id: string, failure: Failure, from: ShareState[] = ['publishing', 'scheduled']): Promise<TransitionedShare | null> {
    return this.end(id, 'needs_reconnect', failure, from);
  }

  cancel(id: string, userId: string): Promise<TransitionedShare | null> {
    return this.one(
      `UPDATE shares SET state = 'cancelled', updated_at = $3
        WHERE id = $1 AND user_id = $2 AND state IN ('scheduled', 'failed', 'needs_reconnect') ${RETURNING}`,
      [id, userId, this.clock.now()],
    );
  }

  /** The call may or may not have posted: never retried blindly, the resolver settles it. */
  unknown(id: string, failure: Failure, from: ShareState[] = ['publishing']): Promise<TransitionedShare | null> {
    const now = this.clock.now();
    return this.one(
      `UPDATE shares SET state = 'outcome_unknown', unknown_since = COALESCE(unknown_since, $3),
              failure_code = $4, failure_message = $5, updated_at = $3
        WHERE id = $1 AND state = ANY($2) ${RETURNING}`,
      [id, from, now, failure.code, failure.message],
    );
  }

  /** Chorus cannot look the post up: the advocate is asked. */
  askAdvocate(id: string, message: string): Promise<TransitionedShare | null> {
    return this.one(
      `UPDATE shares SET needs_confirmation = true, failure_message = $2, updated_at = $3
        WHERE id = $1 AND state = 'outcome_unknown' AND needs_confirmation = false ${RETURNING}`,
      [id, message, this.clock.now()],
    );
  }

  /** publishing rows whose worker vanished (lease expired) → outcome_unknown, in one statement. */
  async expireLeases(leaseSeconds: number): Promise<TransitionedShare[]> {
    const now = this.clock.now();
    const [rows] = (await this.dataSource.query(
      `UPDATE shares SET state = 'outcome_unknown', unknown_since = $1, failure_code = 'worker.lost',
              failure_message = 'Publishing stopped before the network answered.', updated_at = $1
        WHERE state = 'publishing' AND publishing_started_at < $2 ${RETURNING}`,
      [now, new Date(now.getTime() - leaseSeconds * 1000)],
    )) as [Row[], number];
    return rows.map(toShare);
  }

  private end(id: string, state: ShareState, failure: Failure, from: ShareState[]): Promise<TransitionedShare | null> {
    return this.one(
      `UPDATE shares SET state = $3, failure_code = $4, failure_message = $5, failure_findings = $6,
              needs_confirmation = false, updated_at = $7
        WHERE id = $1 AND state = ANY($2) ${RETURNING}`,
      [
        id,
        from,
        state,
        failure.code,
        failure.message.slice(0, 1000),
        failure.findings ? JSON.stringify(failure.findings) : null,
        this.clock.now(),
      ],
    );
  }

  private async one(sql: string, params: unknown[], manager?: EntityManager): Promise<TransitionedShare | null> {
    const [rows] = (await (manager ?? this.dataSource.manager).query(sql, params)) as [Row[], number];
    return rows.length > 0 ? toShare(rows[0]) : null;
  }
}

function toShare(row: Row): TransitionedShare {
  return {
    id: row.id,
    userId: row.user_id,
    network: row.network,
    state: row.state,
    dispatch: row.dispatch,
    dueAt: new Date(row.due_at),
  };
}
