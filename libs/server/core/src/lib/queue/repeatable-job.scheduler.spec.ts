import type { Queue } from 'bull';
import { RepeatableJobSchedule, RepeatableJobScheduler } from './repeatable-job.scheduler';

class TestScheduler extends RepeatableJobScheduler {
  constructor(queue: Queue, schedule: RepeatableJobSchedule) {
    super(queue, schedule);
  }

  get log() {
    return this.logger;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('RepeatableJobScheduler', () => {
  let add: jasmine.Spy;
  let scheduler: TestScheduler | undefined;

  const start = (schedule: RepeatableJobSchedule) => {
    scheduler = new TestScheduler({ add } as unknown as Queue, schedule);
    return scheduler;
  };

  beforeEach(() => {
    add = jasmine.createSpy('add').and.resolveTo({});
  });

  afterEach(() => scheduler?.onModuleDestroy());

  it('registers the repeatable job on bootstrap with its name as the job id', async () => {
    await start({ job: 'tick', everyMs: 60_000, label: 'the tick' }).onApplicationBootstrap();
    expect(add).toHaveBeenCalledOnceWith(
      'tick',
      {},
      { repeat: { every: 60_000 }, jobId: 'tick', removeOnComplete: true, removeOnFail: true },
    );
  });

  it('fails the bootstrap when the first registration fails', async () => {
    add.and.rejectWith(new Error('redis down'));
    await expectAsync(
      start({ job: 'tick', everyMs: 60_000, label: 'the tick' }).onApplicationBootstrap(),
    ).toBeRejectedWithError('redis down');
  });

  it('re-asserts the job every reassertMs, keeping its own interval', async () => {
    await start({ job: 'tick', everyMs: 60_000, reassertMs: 20, label: 'the tick' }).onApplicationBootstrap();
    await sleep(110);
    expect(add.calls.count()).toBeGreaterThanOrEqual(3);
    for (const call of add.calls.all()) expect(call.args[2].repeat).toEqual({ every: 60_000 });
  });

  it('re-asserts every everyMs when no reassertMs is given', async () => {
    await start({ job: 'tick', everyMs: 20, label: 'the tick' }).onApplicationBootstrap();
    await sleep(110);
    expect(add.calls.count()).toBeGreaterThanOrEqual(3);
  });

  it('logs a failed re-assertion and keeps trying', async () => {
    const s = start({ job: 'tick', everyMs: 60_000, reassertMs: 20, label: 'the tick' });
    await s.onApplicationBootstrap();
    const warn = spyOn(s.log, 'warn');
    add.and.rejectWith(new Error('redis down'));
    await sleep(110);
    expect(warn).toHaveBeenCalledWith('Scheduling the tick failed: redis down');
    expect(warn.calls.count()).toBeGreaterThanOrEqual(2);
  });

  it('stops re-asserting once the module is destroyed', async () => {
    const s = start({ job: 'tick', everyMs: 60_000, reassertMs: 20, label: 'the tick' });
    await s.onApplicationBootstrap();
    s.onModuleDestroy();
    const calls = add.calls.count();
    await sleep(80);
    expect(add.calls.count()).toBe(calls);
  });
});
