import Bull from 'bull';

/**
 * The baseline of `npm run bench:publish`: a worker process whose Bull processor does nothing, on queues
 * shaped like the publish queues (one per network, the same concurrency per queue as the real worker).
 * Started twice by bench/publish.bench.ts; prints BASELINE_READY once both queues process.
 */
const redisUrl = process.env['REDIS_URL'] as string;
const prefix = process.env['QUEUE_PREFIX'] as string;
const concurrency = Number(process.env['PUBLISH_CONCURRENCY'] ?? 20);
const queues = (process.env['BASELINE_QUEUES'] ?? '').split(',').filter(Boolean);

async function main(): Promise<void> {
  for (const name of queues) {
    const queue = new Bull(name, redisUrl, { prefix });
    void queue.process('publish', concurrency, async () => undefined);
    await queue.isReady();
  }
  process.stdout.write('BASELINE_READY\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
