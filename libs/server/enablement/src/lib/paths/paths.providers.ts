import type { Provider, Type } from '@nestjs/common';
import { ActivityService } from './activity.service';
import { ContentSuggestionsService } from './content-suggestions.service';
import { ItemFeedbackController } from './item-feedback.controller';
import { ItemFeedbackService } from './item-feedback.service';
import { MatrixService } from './matrix.service';
import { MyPathService } from './my-path.service';
import { MyPathController, SkillPathsController, TextSuggestionsReviewController } from './paths.controller';
import { PathsService } from './paths.service';
import { ProgressService } from './progress.service';

/** Controllers, services and worker-only providers of this area; the module lists them. */
export const PATHS_CONTROLLERS: Type[] = [SkillPathsController, MyPathController, TextSuggestionsReviewController, ItemFeedbackController];
export const PATHS_SERVICES: Provider[] = [
  ProgressService,
  PathsService,
  MatrixService,
  MyPathService,
  ActivityService,
  ContentSuggestionsService,
  ItemFeedbackService,
];
export const PATHS_WORKER_PROVIDERS: Provider[] = [];
