import { Route } from '@angular/router';

/** `/notifications` (digest and mail preferences), `/pulse` (lead: surveys and results), `/admin/outreach`. */
export const notificationSettingsRoutes: Route[] = [];
export const pulseRoutes: Route[] = [];
export const outreachAdminRoutes: Route[] = [];
/** Public pages opened from e-mails: `/unsubscribe?token=`, `/pulse-answer?token=&value=`. */
export const mailLinkRoutes: Route[] = [];
