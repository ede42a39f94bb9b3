import type { Finding } from '@chorus/shared/guidelines';
import { DomainError } from '@chorus/server/core';
import type { Actor, AuditEntry, AuditService } from '@chorus/server/identity';
import type { DataSource } from 'typeorm';
import type { GuidelinesChecker } from './guidelines-checker.service';
import { GuidelinesEnforcer } from './guidelines-enforcer';

const finding = (ruleId: string, severity: Finding['severity'], message = `${ruleId} message`): Finding => ({
  ruleId,
  kind: 'banned-terms',
  severity,
  ranges: [{ start: 0, end: 4 }],
  message,
  clause: { section: '1', text: 'Clause' },
});

describe('GuidelinesEnforcer (unit)', () => {
  const actor = { id: 'u1', email: 'a@chorus.test', roles: ['advocate' as const] };
  const input = { text: 'text', networks: ['linkedin' as const] };
  let findings: Finding[];
  let recorded: Array<{ actor: Actor | null; entry: AuditEntry }>;
  let enforcer: GuidelinesEnforcer;

  beforeEach(() => {
    findings = [];
    recorded = [];
    const checker = { check: async () => ({ version: 7, findings, input: {} }) } as unknown as GuidelinesChecker;
    const audit = {
      record: async (a: Actor | null, entry: AuditEntry) => void recorded.push({ actor: a, entry }),
    } as unknown as AuditService;
    const dataSource = {
      transaction: async (work: (manager: unknown) => Promise<unknown>) => work({}),
    } as unknown as DataSource;
    enforcer = new GuidelinesEnforcer(dataSource, checker, audit);
  });

  const failure = async (acknowledgedRuleIds?: string[]): Promise<DomainError> => {
    try {
      await enforcer.enforce({ actor, input, acknowledgedRuleIds });
    } catch (error) {
      return error as DomainError;
    }
    throw new Error('expected a rejection');
  };

  it('allows a post without findings and records nothing', async () => {
    expect(await enforcer.enforce({ actor, input })).toEqual({ version: 7, findings: [], acknowledgedRuleIds: [] });
    expect(recorded).toEqual([]);
  });

  it('blocks with 422 guidelines.blocked and every finding, whatever was acknowledged', async () => {
    findings = [finding('secret', 'block'), finding('email', 'warn'), finding('orig', 'info')];
    const error = await failure(['secret', 'email']);
    expect(error.status).toBe(422);
    expect(error.code).toBe('guidelines.blocked');
    expect(error.errors?.map((e) => (e as unknown as Finding).ruleId)).toEqual(['secret', 'email', 'orig']);
    expect(error.errors?.[0]).toEqual(
      jasmine.objectContaining({ field: 'text', severity: 'block', message: 'secret message' }),
    );
    expect(recorded).toEqual([]);
  });

  it('lists the unacknowledged warn rules in 422 guidelines.acknowledgement_required', async () => {
    findings = [finding('email', 'warn'), finding('links', 'warn'), finding('orig', 'info')];
    const error = await failure(['links']);
    expect(error.status).toBe(422);
    expect(error.code).toBe('guidelines.acknowledgement_required');
    expect(error.errors).toEqual([jasmine.objectContaining({ field: 'acknowledgedRuleIds', ruleId: 'email' })]);
    expect(error.message).toContain('email');
    expect(recorded).toEqual([]);
  });

  it('allows acknowledged warnings and audits one event per rule with version, severity and message', async () => {
    findings = [
      finding('email', 'warn', 'first'),
      finding('email', 'warn', 'second'),
      finding('links', 'warn'),
      finding('orig', 'info'),
    ];
    const result = await enforcer.enforce({
      actor,
      input: { ...input, contentItemId: 'c1' },
      acknowledgedRuleIds: ['email', 'links', 'other'],
    });
    expect(result.version).toBe(7);
    expect(result.acknowledgedRuleIds).toEqual(['email', 'links']);
    expect(recorded.map((r) => r.entry.action)).toEqual(['guidelines.acknowledged', 'guidelines.acknowledged']);
    expect(recorded[0].actor).toBe(actor);
    expect(recorded[0].entry.details).toEqual(
      jasmine.objectContaining({
        ruleId: 'email',
        version: 7,
        severity: 'warn',
        message: 'first',
        messages: ['first', 'second'],
        contentItemId: 'c1',
      }),
    );
    expect(recorded[1].entry.details).toEqual(jasmine.objectContaining({ ruleId: 'links', message: 'links message' }));
  });
});
