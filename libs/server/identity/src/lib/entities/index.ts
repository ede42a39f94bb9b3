import { AuditEventRecord } from './audit-event.entity';
import { Group } from './group.entity';
import { GroupMember } from './group-member.entity';
import { LoginAttempt } from './login-attempt.entity';
import { OneTimeToken } from './one-time-token.entity';
import { Session } from './session.entity';
import { User } from './user.entity';

export { AuditEventRecord, Group, GroupMember, LoginAttempt, OneTimeToken, Session, User };
export type { OneTimeTokenPurpose } from './one-time-token.entity';

export const IDENTITY_ENTITIES = [User, Group, GroupMember, Session, OneTimeToken, LoginAttempt, AuditEventRecord];
