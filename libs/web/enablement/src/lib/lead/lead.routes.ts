import { Route } from '@angular/router';

/** `/skill-paths` (editor and progress matrix), `/leaderboards`, `/challenges`, `/ambassadors`, `/admin/points`. */
export const skillPathsRoutes: Route[] = [];
export const leaderboardsRoutes: Route[] = [];
export const challengesRoutes: Route[] = [];
export const ambassadorsRoutes: Route[] = [];
export const pointsAdminRoutes: Route[] = [];
