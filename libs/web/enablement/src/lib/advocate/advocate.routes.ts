import { Route } from '@angular/router';

/** `/learning` (the advocate's path, assignments) and `/points` (points history). */
export const learningRoutes: Route[] = [];
export const pointsRoutes: Route[] = [];
