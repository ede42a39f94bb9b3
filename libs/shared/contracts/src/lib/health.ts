export type CheckStatus = 'up' | 'down';

export interface ReadinessCheck {
  name: 'database' | 'redis' | 'migrations' | 'worker';
  status: CheckStatus;
  detail?: string;
}

export interface ReadinessReport {
  status: 'ready' | 'not_ready';
  checks: ReadinessCheck[];
}
