import { NetworkName, Role, UserStatus } from '@chorus/shared/contracts';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  advocate: 'Advocate',
  curator: 'Curator',
  lead: 'Lead',
  admin: 'Admin',
};

export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  advocate: 'Shares approved content on their own networks',
  curator: 'Finds, writes and approves content for groups',
  lead: 'Follows the programme: groups, reach and progress',
  admin: 'Manages users, groups and settings',
};

export const STATUS_LABELS: Readonly<Record<UserStatus, string>> = {
  invited: 'Invited',
  active: 'Active',
  deactivated: 'Deactivated',
};

export const NETWORK_LABELS: Readonly<Record<NetworkName, string>> = {
  linkedin: 'LinkedIn',
  x: 'X',
};

export function networkLabel(network: string): string {
  return (NETWORK_LABELS as Record<string, string>)[network] ?? network;
}

export function roleLabel(role: string): string {
  return (ROLE_LABELS as Record<string, string>)[role] ?? role;
}

export function statusLabel(status: string): string {
  return (STATUS_LABELS as Record<string, string>)[status] ?? status;
}
