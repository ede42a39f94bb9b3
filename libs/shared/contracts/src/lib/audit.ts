export interface AuditEvent {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
}

export interface AuditQuery {
  action?: string;
  actorId?: string;
  cursor?: string;
  limit?: number;
}
