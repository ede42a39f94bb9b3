import { nextUtcMidnight, SandboxClock, utcDay } from './clock';

describe('SandboxClock', () => {
  let machine: number;
  let clock: SandboxClock;

  beforeEach(() => {
    machine = Date.parse('2026-09-01T10:00:00Z');
    clock = new SandboxClock(() => machine);
  });

  it('follows the machine clock by default', () => {
    expect(clock.now().toISOString()).toBe('2026-09-01T10:00:00.000Z');
    machine += 1500;
    expect(clock.nowMs()).toBe(Date.parse('2026-09-01T10:00:01.500Z'));
    expect(clock.state()).toEqual({ now: '2026-09-01T10:00:01.500Z', frozen: false, offsetSeconds: 0 });
  });

  it('jumps to a date and keeps running from there', () => {
    clock.set(new Date('2027-01-01T00:00:00Z'));
    machine += 2000;
    expect(clock.now().toISOString()).toBe('2027-01-01T00:00:02.000Z');
  });

  it('advances by seconds, also backwards', () => {
    clock.advance(3600);
    expect(clock.now().toISOString()).toBe('2026-09-01T11:00:00.000Z');
    clock.advance(-7200);
    expect(clock.now().toISOString()).toBe('2026-09-01T09:00:00.000Z');
    expect(clock.state().offsetSeconds).toBe(-3600);
  });

  it('stands still when frozen and resumes from where it stood', () => {
    clock.freeze(true);
    machine += 60_000;
    expect(clock.now().toISOString()).toBe('2026-09-01T10:00:00.000Z');
    clock.advance(10);
    expect(clock.now().toISOString()).toBe('2026-09-01T10:00:10.000Z');
    clock.freeze(false);
    machine += 1000;
    expect(clock.now().toISOString()).toBe('2026-09-01T10:00:11.000Z');
  });

  it('refuses dates and steps that are not numbers', () => {
    expect(() => clock.set(new Date('nope'))).toThrowError(RangeError);
    expect(() => clock.advance(Number.NaN)).toThrowError(RangeError);
  });

  it('goes back to the machine clock on reset', () => {
    clock.advance(999);
    clock.freeze(true);
    clock.reset();
    expect(clock.state()).toEqual({ now: '2026-09-01T10:00:00.000Z', frozen: false, offsetSeconds: 0 });
  });
});

describe('daily quota helpers', () => {
  it('finds the next UTC midnight and the UTC day', () => {
    expect(nextUtcMidnight(new Date('2026-12-31T23:59:59Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(nextUtcMidnight(new Date('2026-03-01T00:00:00Z')).toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(utcDay(new Date('2026-03-01T23:00:00-05:00'))).toBe('2026-03-02');
  });
});
