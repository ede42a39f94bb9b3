export * from './default-path';
export * from './paths.providers';
export { ProgressService, type UserProgress } from './progress.service';
export { PROFILE_CHECKLIST_LABELS } from './activity.service';
