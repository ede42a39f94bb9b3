import type { Provider, Type } from '@nestjs/common';
import { AmbassadorsService } from './ambassadors.service';
import { ChallengeFinisher } from './challenge-finisher';
import { ChallengesService } from './challenges.service';
import { GroupScope } from './group-scope';
import { MyPointsService } from './my-points.service';
import { PointsLeaderboardService } from './points-leaderboard.service';
import { PointsLedger } from './points-ledger';
import { PointsSettingsService } from './points-settings.service';
import { PointsSync } from './points-sync';
import { AmbassadorsController, ChallengesController, PointsController } from './points.controller';
import {
  FinishChallengesProcessor,
  FinishChallengesScheduler,
  SyncPointsProcessor,
  SyncPointsScheduler,
} from './points.processors';

/** Controllers, services and worker-only providers of this area; the module lists them. */
export const POINTS_CONTROLLERS: Type[] = [PointsController, ChallengesController, AmbassadorsController];
export const POINTS_SERVICES: Provider[] = [
  PointsSettingsService,
  PointsLedger,
  PointsSync,
  GroupScope,
  MyPointsService,
  PointsLeaderboardService,
  ChallengesService,
  ChallengeFinisher,
  AmbassadorsService,
];
export const POINTS_WORKER_PROVIDERS: Provider[] = [
  SyncPointsProcessor,
  FinishChallengesProcessor,
  SyncPointsScheduler,
  FinishChallengesScheduler,
];
