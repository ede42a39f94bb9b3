import { Routes } from '@angular/router';
import type { GroupDirectoryView } from './group-directory.page';

function directory(view: GroupDirectoryView, title: string): Routes {
  return [
    {
      path: '',
      title,
      data: { view },
      loadComponent: () => import('./group-directory.page').then((m) => m.GroupDirectoryPage),
    },
  ];
}

/** /audiences — curators: the groups content can be targeted at. */
export const audiencesRoutes: Routes = directory('audiences', 'Audiences');

/** /advocates — leads: groups with their members, roles, status and last sign-in. */
export const advocatesRoutes: Routes = directory('advocates', 'Advocates & groups');
