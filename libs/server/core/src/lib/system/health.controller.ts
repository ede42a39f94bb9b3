import { Controller, Get, Header, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { ReadinessReport } from '@chorus/shared/contracts';
import { Public } from '../access/access.decorators';
import { HealthService } from './health.service';
import { Metrics } from './metrics';

interface StatusReply {
  status(code: number): void;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthService,
    private readonly metrics: Metrics,
  ) {}

  @Public()
  @Get('live')
  @ApiOkResponse({ description: 'The process is up.' })
  live(): { status: 'live' } {
    return { status: 'live' };
  }

  @Public()
  @Get('ready')
  @ApiOkResponse({
    description: 'Database, Redis, migrations and a recent worker heartbeat are all fine.',
  })
  @ApiServiceUnavailableResponse({
    description: 'At least one check is down; each check says why.',
  })
  async ready(@Res({ passthrough: true }) reply: StatusReply): Promise<ReadinessReport> {
    const report = await this.health.readiness();
    if (report.status !== 'ready') reply.status(HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }

  @Public()
  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('cache-control', 'no-store')
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description:
      "This process's counters in the Prometheus text format (e.g. tracked-link clicks recorded and dropped).",
    schema: { type: 'string' },
  })
  metricsText(): string {
    return this.metrics.render();
  }
}
