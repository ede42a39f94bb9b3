import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { SandboxClock } from '../clock';
import { sendProblem } from '../http/problem';
import { linkedInSeedSchema, LinkedInState } from '../linkedin/linkedin-state';
import type { MailStore } from '../mail/mail-store';
import { queryValue } from '../shared';
import { xSeedSchema, XState } from '../x/x-state';
import { FaultInjector, FaultRuleError } from './fault-injector';
import { publishedPosts } from './published-posts';

export interface ControlDependencies {
  clock: SandboxClock;
  faults: FaultInjector;
  linkedin: LinkedInState;
  x: XState;
  mail: MailStore;
}

const seedSchema = z.object({ linkedin: linkedInSeedSchema.optional(), x: xSeedSchema.optional() }).strict();

const clockSchema = z
  .object({
    now: z.string().datetime({ offset: true }).optional(),
    advanceSeconds: z.number().finite().optional(),
    frozen: z.boolean().optional(),
  })
  .strict();

/** The test-facing endpoints under /__sandbox: seed, clock, fail-next, posts, state. */
export function controlRoutes(deps: ControlDependencies): FastifyPluginAsync {
  return async (app) => {
    app.post('/seed', async (request, reply) => {
      const parsed = seedSchema.safeParse(request.body ?? {});
      if (!parsed.success) return sendProblem(reply, 400, describe(parsed.error));
      return reply.code(200).send({
        linkedin: parsed.data.linkedin ? deps.linkedin.seed(parsed.data.linkedin) : null,
        x: parsed.data.x ? deps.x.seed(parsed.data.x) : null,
      });
    });

    app.get('/clock', async () => deps.clock.state());

    app.post('/clock', async (request, reply) => {
      const parsed = clockSchema.safeParse(request.body ?? {});
      if (!parsed.success) return sendProblem(reply, 400, describe(parsed.error));
      const { now, advanceSeconds, frozen } = parsed.data;
      if (now === undefined && advanceSeconds === undefined && frozen === undefined) {
        return sendProblem(reply, 400, 'Send now (ISO 8601), advanceSeconds and/or frozen');
      }
      if (frozen !== undefined) deps.clock.freeze(frozen);
      if (now !== undefined) deps.clock.set(new Date(now));
      if (advanceSeconds !== undefined) deps.clock.advance(advanceSeconds);
      return deps.clock.state();
    });

    app.post('/fail-next', async (request, reply) => {
      try {
        return reply.code(201).send(deps.faults.add(request.body));
      } catch (error) {
        if (error instanceof FaultRuleError) return sendProblem(reply, 400, error.message);
        throw error;
      }
    });
    app.get('/fail-next', async () => deps.faults.list());
    app.delete('/fail-next', async (_request, reply) => {
      deps.faults.reset();
      return reply.code(204).send();
    });

    app.get('/posts', async (request, reply) => {
      const network = queryValue(request.query, 'network');
      if (network !== undefined && network !== 'linkedin' && network !== 'x') {
        return sendProblem(reply, 400, 'network must be linkedin or x');
      }
      return publishedPosts(deps, network);
    });

    app.get('/state', async () => ({
      clock: deps.clock.state(),
      linkedin: deps.linkedin.summary(),
      x: deps.x.summary(),
      faults: deps.faults.list(),
      mail: deps.mail.size,
    }));
  };
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; ');
}
