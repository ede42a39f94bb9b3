import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssignmentDetail, CapabilityState, MyPath } from '@chorus/shared/contracts';
import { conflict, notFound } from '@chorus/server/core';
import { DataSource } from 'typeorm';
import { allSteps } from './path-tree';
import { assignmentProgress, capabilityStates, defaultPath, levelProgress, nextAction } from './progress-rules';
import { ProgressService, type UserProgress } from './progress.service';

/** The advocate's own view of their path: progress, what next, learning items and unlocks. */
@Injectable()
export class MyPathService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
  ) {}

  async myPath(userId: string, pathId?: string): Promise<MyPath> {
    const user = await this.progress.evaluate(userId);
    const capabilities = capabilityStates(user.paths, user.completions);
    const available = user.paths.map((p) => ({ id: p.id, name: p.name }));
    const path = pathId ? user.paths.find((p) => p.id === pathId) : defaultPath(user.paths, user);
    if (pathId && !path) throw notFound('The skill path');
    if (!path) return { path: null, levels: [], next: null, levelsCompleted: [], capabilities, available };
    const levels = levelProgress(path, user);
    return {
      path: { id: path.id, name: path.name, description: path.description },
      levels,
      next: nextAction(path, user),
      levelsCompleted: levels.filter((l) => l.complete).map((l) => l.name),
      capabilities,
      available,
    };
  }

  async capabilities(userId: string): Promise<CapabilityState[]> {
    return this.progress.capabilities(userId);
  }

  async assignment(userId: string, assignmentId: string): Promise<AssignmentDetail> {
    return this.detail(await this.progress.evaluate(userId), assignmentId);
  }

  /** Learning items only: a practice goal is measured from what the advocate does, never ticked. */
  async setDone(userId: string, assignmentId: string, done: boolean): Promise<AssignmentDetail> {
    const before = await this.progress.evaluate(userId);
    const detail = this.detail(before, assignmentId);
    if (detail.kind === 'practice') {
      throw conflict(
        'enablement.measured_goal',
        'This goal is measured from your activity in Chorus; it completes by itself when you reach it.',
      );
    }
    if (done) {
      await this.dataSource.query(
        `INSERT INTO learning_completions (user_id, assignment_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [userId, assignmentId],
      );
    } else {
      await this.dataSource.query(`DELETE FROM learning_completions WHERE user_id = $1 AND assignment_id = $2`, [userId, assignmentId]);
    }
    return this.detail(await this.progress.evaluate(userId), assignmentId);
  }

  private detail(user: UserProgress, assignmentId: string): AssignmentDetail {
    for (const path of user.paths) {
      for (const step of allSteps(path)) {
        const assignment = step.assignments.find((a) => a.id === assignmentId);
        if (!assignment) continue;
        return {
          ...assignmentProgress(assignment, user),
          bodyMarkdown: assignment.bodyMarkdown,
          stepName: step.name,
          levelName: step.levelName,
        };
      }
    }
    throw notFound('The assignment');
  }
}
