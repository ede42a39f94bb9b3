import { Route } from '@angular/router';
import { provideAnalyticsCharts } from '@chorus/web/analytics';

/** /notifications — anyone signed in: which e-mails they get (digest, reminders, pulse). */
export const notificationSettingsRoutes: Route[] = [
  {
    path: '',
    title: 'E-mail and notifications',
    loadComponent: () => import('./notifications/notification-settings.page').then((m) => m.NotificationSettingsPage),
  },
];

/** /pulse — leads and admins (the app route checks): ask the weekly pulse, see the results per group. */
export const pulseRoutes: Route[] = [
  {
    path: '',
    providers: [provideAnalyticsCharts()],
    children: [
      {
        path: '',
        title: 'Pulse surveys',
        loadComponent: () => import('./pulse/pulse.page').then((m) => m.PulsePage),
      },
    ],
  },
];

/** /admin/outreach — admins (the app route checks): digest schedule, reminders and chat webhooks. */
export const outreachAdminRoutes: Route[] = [
  {
    path: '',
    title: 'Mail & chat',
    loadComponent: () => import('./admin/outreach-settings.page').then((m) => m.OutreachSettingsPage),
  },
];

/** Public pages opened from e-mails (a signed token says who and what): `/unsubscribe`, `/pulse-answer`. */
export const mailLinkRoutes: Route[] = [
  {
    path: 'unsubscribe',
    title: 'Unsubscribe',
    loadComponent: () => import('./mail-links/unsubscribe.page').then((m) => m.UnsubscribePage),
  },
  {
    path: 'pulse-answer',
    title: 'Pulse survey',
    loadComponent: () => import('./mail-links/pulse-answer.page').then((m) => m.PulseAnswerPage),
  },
];
