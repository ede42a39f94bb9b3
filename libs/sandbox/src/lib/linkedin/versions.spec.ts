import { checkVersion, monthOf, supportedVersions } from './versions';

describe('LinkedIn versions', () => {
  it('supports the twelve months up to the current one', () => {
    const versions = supportedVersions(new Date('2026-03-15T12:00:00Z'));
    expect(versions.length).toBe(12);
    expect(versions[0]).toBe('202603');
    expect(versions[2]).toBe('202601');
    expect(versions[3]).toBe('202512');
    expect(versions[11]).toBe('202504');
  });

  it('reads the month of a version, with or without revision', () => {
    expect(monthOf('202603')).toBe('202603');
    expect(monthOf('202603.01')).toBe('202603');
    expect(monthOf('202613')).toBeNull();
    expect(monthOf('2026-03')).toBeNull();
  });

  it('answers 400 without a version and 426 for a retired or unknown one', () => {
    const supported = supportedVersions(new Date('2026-03-15T12:00:00Z'));
    expect(checkVersion('202603', supported)).toEqual({ ok: true });
    expect(checkVersion('202504.02', supported)).toEqual({ ok: true });
    expect(checkVersion(undefined, supported)).toEqual(jasmine.objectContaining({ ok: false, status: 400 }));
    expect(checkVersion('202503', supported)).toEqual(
      jasmine.objectContaining({ ok: false, status: 426, code: 'NONEXISTENT_VERSION' }),
    );
    expect(checkVersion('202604', supported)).toEqual(jasmine.objectContaining({ status: 426 }));
    expect(checkVersion('garbage', supported)).toEqual(jasmine.objectContaining({ status: 426 }));
  });
});
