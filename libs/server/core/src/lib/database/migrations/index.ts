import { Identity1764090000000 } from './1764090000000-identity';
import { Connections1764100000000 } from './1764100000000-connections';
import { Content1764200000000 } from './1764200000000-content';
import { Guidelines1764300000000 } from './1764300000000-guidelines';
import { Publishing1795638564294 } from './1795638564294-publishing';
import { Links1795642834444 } from './1795642834444-links';
import { Analytics1795651054108 } from './1795651054108-analytics';
import { Enablement1795664597707 } from './1795664597707-enablement';

/** Every migration, in order. A new migration is added here in the same commit as its entities. */
export const MIGRATIONS = [
  Identity1764090000000,
  Connections1764100000000,
  Content1764200000000,
  Guidelines1764300000000,
  Publishing1795638564294,
  Links1795642834444,
  Analytics1795651054108,
  Enablement1795664597707,
];
