/** The four roles of a Chorus user; a user may hold several. */
export const ROLES = ['advocate', 'curator', 'lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
