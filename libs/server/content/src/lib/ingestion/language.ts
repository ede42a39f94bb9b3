import { CONTENT_LANGUAGES, ContentLanguage } from '@chorus/shared/contracts';
import { detect } from 'tinyld';

/** `de-DE`, `en_us`, `de` → a supported language, else null. */
export function normaliseLanguage(value: string | null | undefined): ContentLanguage | null {
  const code = (value ?? '').trim().toLowerCase().slice(0, 2);
  return (CONTENT_LANGUAGES as readonly string[]).includes(code) ? (code as ContentLanguage) : null;
}

/** Offline detection (tinyld ships its own model); short or unsupported texts give null. */
export function detectLanguage(text: string): ContentLanguage | null {
  if (text.trim().length < 20) return null;
  return normaliseLanguage(detect(text, { only: [...CONTENT_LANGUAGES] }));
}
