import { Injectable } from '@nestjs/common';
import type { MetricsAvailability } from '@chorus/shared/contracts';

/** Which networks report impressions and engagements to this installation, and why not where they do not. */
@Injectable()
export class MetricsAvailabilityService {
  async all(): Promise<MetricsAvailability[]> {
    throw new Error('not implemented');
  }
}
