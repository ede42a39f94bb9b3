import { stopE2eWorld } from './world';

// Browser work is slower than unit work; a step that hangs should still fail, not stall the run.
jasmine.DEFAULT_TIMEOUT_INTERVAL = 60_000;

afterAll(async () => {
  await stopE2eWorld();
}, 60_000);
