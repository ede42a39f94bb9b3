import { Transform } from 'class-transformer';

/** Trims surrounding white space from string input before validation (other types pass through). */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Trims and lower-cases an e-mail address, so look-ups and the unique index see one spelling. */
export const NormaliseEmail = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));
