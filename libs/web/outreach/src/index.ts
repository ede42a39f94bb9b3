export * from './lib/outreach.routes';
export { OutreachApi, OUTREACH_BASE } from './lib/outreach.api';
export { PulseCardComponent } from './lib/pulse/pulse-card.component';
