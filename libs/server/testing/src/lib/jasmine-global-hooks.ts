import { closeSharedTestApi } from './test-api';
import { destroyTestEnvironment } from './test-environment';

/** Loaded as a Jasmine helper: after the last spec, close the shared API and drop the run's database. */
afterAll(async () => {
  await closeSharedTestApi();
  await destroyTestEnvironment();
}, 60_000);
