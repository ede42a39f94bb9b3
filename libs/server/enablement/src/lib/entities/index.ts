import { LearningCompletion, ItemRead, ItemReaction, ProfileChecklistEntry, StepCompletion, TextSuggestionEntity } from './progress.entity';
import { AmbassadorEntity, ChallengeEntity, ChallengeWinner, PointAwardEntity, PointsSettingsEntity, PointsSyncState } from './points.entity';
import { SkillAssignmentEntity, SkillLevelEntity, SkillPathEntity, SkillStepEntity } from './skill-path.entity';

export * from './progress.entity';
export * from './points.entity';
export * from './skill-path.entity';

export const ENABLEMENT_ENTITIES = [
  SkillPathEntity,
  SkillLevelEntity,
  SkillStepEntity,
  SkillAssignmentEntity,
  LearningCompletion,
  StepCompletion,
  ItemRead,
  ItemReaction,
  TextSuggestionEntity,
  ProfileChecklistEntry,
  PointsSettingsEntity,
  PointAwardEntity,
  PointsSyncState,
  ChallengeEntity,
  ChallengeWinner,
  AmbassadorEntity,
];
