import { SetMetadata } from '@nestjs/common';
import { Role } from '@chorus/shared/contracts';

/** Who may call a route. Every route declares one; the access guard refuses routes that do not. */
export type Access = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: Role[] };

export const ACCESS_METADATA = 'chorus:access';

/** Anyone, signed in or not (login, health, password reset). */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies Access);

/** Any signed-in user, whatever their roles. */
export const SignedIn = () => SetMetadata(ACCESS_METADATA, { kind: 'signed-in' } satisfies Access);

/** Signed-in users holding at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_METADATA, { kind: 'roles', roles } satisfies Access);
