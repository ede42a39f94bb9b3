import type { NetworkName } from '@chorus/shared/contracts';

/** How each network is called in messages to people. */
export const NetworkNames: Record<NetworkName, string> = { linkedin: 'LinkedIn', x: 'X' };
