import { Route } from '@angular/router';
import { provideAdvocateIcons } from './advocate-icons';

const providers = [provideAdvocateIcons()];

/** `/learning` (the advocate's path, assignments) and `/points` (points history). */
export const learningRoutes: Route[] = [
  {
    path: '',
    providers,
    children: [
      {
        path: '',
        title: 'Learning',
        loadComponent: () => import('./learning.page').then((m) => m.LearningPage),
      },
      {
        path: 'assignments/:id',
        title: 'Assignment',
        loadComponent: () => import('./assignment.page').then((m) => m.AssignmentPage),
      },
    ],
  },
];

export const pointsRoutes: Route[] = [
  {
    path: '',
    providers,
    children: [
      {
        path: '',
        title: 'My points',
        loadComponent: () => import('./points.page').then((m) => m.PointsPage),
      },
    ],
  },
];
