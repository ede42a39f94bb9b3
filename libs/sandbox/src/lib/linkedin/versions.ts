/**
 * LinkedIn's monthly API versions: `YYYYMM`, optionally `.RR` for a revision. The sandbox supports the
 * twelve months up to the month its clock is in, unless the seed names the supported versions itself.
 */
const VERSION = /^(\d{4})(0[1-9]|1[0-2])(?:\.(\d{2}))?$/;

export function monthOf(version: string): string | null {
  const match = VERSION.exec(version);
  return match ? `${match[1]}${match[2]}` : null;
}

export function supportedVersions(now: Date, months = 12): string[] {
  const versions: string[] = [];
  for (let back = 0; back < months; back++) {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    versions.push(`${date.getUTCFullYear()}${String(date.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return versions;
}

export type VersionCheck = { ok: true } | { ok: false; status: 400 | 426; code: string; message: string };

export function checkVersion(header: string | undefined, supported: readonly string[]): VersionCheck {
  if (!header) {
    return {
      ok: false,
      status: 400,
      code: 'VERSION_MISSING',
      message: 'A version must be present. Please specify a version by adding the LinkedIn-Version header.',
    };
  }
  const month = monthOf(header.trim());
  if (!month || !supported.includes(month)) {
    return {
      ok: false,
      status: 426,
      code: 'NONEXISTENT_VERSION',
      message: `Requested version ${header} is not active`,
    };
  }
  return { ok: true };
}
