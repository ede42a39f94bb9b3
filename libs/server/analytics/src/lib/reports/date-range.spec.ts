import { DomainError } from '@chorus/server/core';
import { lastDays, resolveRange } from './date-range';

function problem(run: () => unknown): { status: number; field: string | undefined } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { status: error.status, field: error.errors?.[0]?.field };
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('resolveRange', () => {
  const today = '2026-03-15';

  it('defaults to the 30 days ending today', () => {
    expect(resolveRange({}, today)).toEqual({ from: '2026-02-14', to: '2026-03-15' });
  });

  it('counts the default back from a given to', () => {
    expect(resolveRange({ to: '2026-01-30' }, today)).toEqual({ from: '2026-01-01', to: '2026-01-30' });
  });

  it('keeps a one-day range and a given pair', () => {
    expect(resolveRange({ from: '2026-03-01', to: '2026-03-01' }, today)).toEqual({
      from: '2026-03-01',
      to: '2026-03-01',
    });
    expect(resolveRange({ from: '2025-12-31', to: '2026-01-02' }, today)).toEqual({
      from: '2025-12-31',
      to: '2026-01-02',
    });
  });

  it('names the malformed field', () => {
    expect(problem(() => resolveRange({ from: '2026-3-1' }, today))).toEqual({ status: 400, field: 'from' });
    expect(problem(() => resolveRange({ to: '2026-02-30' }, today))).toEqual({ status: 400, field: 'to' });
    expect(problem(() => resolveRange({ to: 'yesterday' }, today))).toEqual({ status: 400, field: 'to' });
  });

  it('refuses to before from, naming to; a lone future from names from', () => {
    expect(problem(() => resolveRange({ from: '2026-03-02', to: '2026-03-01' }, today))).toEqual({
      status: 400,
      field: 'to',
    });
    expect(problem(() => resolveRange({ from: '2026-03-16' }, today))).toEqual({ status: 400, field: 'from' });
  });

  it('allows 366 days and refuses 367', () => {
    expect(resolveRange({ from: '2024-01-01', to: '2024-12-31' }, today)).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(problem(() => resolveRange({ from: '2024-01-01', to: '2025-01-01' }, today))).toEqual({
      status: 400,
      field: 'from',
    });
  });
});

describe('lastDays', () => {
  it('includes today', () => {
    expect(lastDays(7, '2026-03-01')).toEqual({ from: '2026-02-23', to: '2026-03-01' });
    expect(lastDays(1, '2026-03-01')).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });
});
