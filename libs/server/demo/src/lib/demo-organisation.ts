import type { Role } from '@chorus/shared/contracts';

/** The one password every demo user has; printed by `npm start`. */
export const DEMO_PASSWORD = 'chorus-demo-pass';

export interface DemoUser {
  email: string;
  name: string;
  roles: Role[];
  groups: string[];
}

export const DEMO_GROUPS = [
  { name: 'Sales DACH', description: 'Account executives and sales engineers in Germany, Austria and Switzerland' },
  { name: 'Marketing Benelux', description: 'Field and product marketing in Belgium, the Netherlands and Luxembourg' },
];

/** One user per role (printed with their password), plus colleagues so that groups are not empty. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'advocate@chorus.example', name: 'Ada Advocate', roles: ['advocate'], groups: ['Sales DACH'] },
  { email: 'curator@chorus.example', name: 'Cleo Curator', roles: ['curator'], groups: ['Marketing Benelux'] },
  { email: 'lead@chorus.example', name: 'Leo Lead', roles: ['lead'], groups: ['Sales DACH', 'Marketing Benelux'] },
  { email: 'admin@chorus.example', name: 'Alex Admin', roles: ['admin'], groups: [] },
  { email: 'jonas.becker@chorus.example', name: 'Jonas Becker', roles: ['advocate'], groups: ['Sales DACH'] },
  { email: 'sanne.devries@chorus.example', name: 'Sanne de Vries', roles: ['advocate'], groups: ['Marketing Benelux'] },
];

/** The users whose credentials `npm start` prints. */
export const DEMO_LOGINS = DEMO_USERS.slice(0, 4);
