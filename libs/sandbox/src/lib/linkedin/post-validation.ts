import type { InputError } from './errors';
import type { LinkedInArticle, LinkedInState } from './linkedin-state';

export const MAX_COMMENTARY_LENGTH = 3000;
const VISIBILITIES = ['PUBLIC', 'CONNECTIONS', 'LOGGED_IN', 'CONTAINER'];
const FEED_DISTRIBUTIONS = ['MAIN_FEED', 'NONE'];

export interface ValidPost {
  commentary: string;
  visibility: string;
  article: LinkedInArticle | null;
  media: { id: string; altText?: string } | null;
}

/** Checks a create-post body field by field, as the Posts API does; returns the post or its input errors. */
export function validatePost(
  body: Record<string, unknown>,
  state: LinkedInState,
  authorUrn: string,
): { post: ValidPost } | { errors: InputError[] } {
  const errors: InputError[] = [];
  const commentary = body['commentary'] ?? '';
  if (typeof commentary !== 'string') {
    errors.push({ code: 'INVALID_VALUE', description: 'commentary must be a string', fieldPath: '/commentary' });
  } else if ([...commentary].length > MAX_COMMENTARY_LENGTH) {
    errors.push({
      code: 'FIELD_LENGTH_TOO_LONG',
      description: `Field value exceeds maximum length of ${MAX_COMMENTARY_LENGTH}`,
      fieldPath: '/commentary',
    });
  }
  enumField(body['visibility'], VISIBILITIES, '/visibility', errors);
  enumField(body['lifecycleState'], ['PUBLISHED'], '/lifecycleState', errors);
  const distribution = asObject(body['distribution']);
  if (!distribution) {
    errors.push({ code: 'MISSING_FIELD', description: 'Field is required', fieldPath: '/distribution' });
  } else {
    enumField(distribution['feedDistribution'], FEED_DISTRIBUTIONS, '/distribution/feedDistribution', errors);
  }
  if (body['isReshareDisabledByAuthor'] !== undefined && typeof body['isReshareDisabledByAuthor'] !== 'boolean') {
    errors.push({ code: 'INVALID_VALUE', description: 'must be a boolean', fieldPath: '/isReshareDisabledByAuthor' });
  }

  let article: LinkedInArticle | null = null;
  let media: ValidPost['media'] = null;
  const content = body['content'] === undefined ? undefined : asObject(body['content']);
  if (content === null) {
    errors.push({ code: 'INVALID_VALUE', description: 'content must be an object', fieldPath: '/content' });
  } else if (content) {
    const kinds = Object.keys(content);
    if (kinds.length !== 1 || !['article', 'media'].includes(kinds[0])) {
      errors.push({
        code: 'INVALID_VALUE',
        description: 'content must hold one article or one media',
        fieldPath: '/content',
      });
    } else if (kinds[0] === 'article') {
      article = validateArticle(asObject(content['article']), state, authorUrn, errors);
    } else {
      media = validateMedia(asObject(content['media']), state, authorUrn, errors);
    }
  }
  if (commentary === '' && !content) {
    errors.push({ code: 'MISSING_FIELD', description: 'A post needs commentary or content', fieldPath: '/commentary' });
  }
  if (errors.length > 0) return { errors };
  return { post: { commentary: commentary as string, visibility: body['visibility'] as string, article, media } };
}

function validateArticle(
  raw: Record<string, unknown> | null,
  state: LinkedInState,
  authorUrn: string,
  errors: InputError[],
): LinkedInArticle | null {
  if (!raw) {
    errors.push({ code: 'INVALID_VALUE', description: 'article must be an object', fieldPath: '/content/article' });
    return null;
  }
  const source = raw['source'];
  if (typeof source !== 'string' || !/^https?:\/\/\S+$/i.test(source)) {
    errors.push({
      code: 'INVALID_URL',
      description: 'source must be an http(s) URL',
      fieldPath: '/content/article/source',
    });
  }
  for (const field of ['title', 'description'] as const) {
    if (raw[field] !== undefined && typeof raw[field] !== 'string') {
      errors.push({
        code: 'INVALID_VALUE',
        description: `${field} must be a string`,
        fieldPath: `/content/article/${field}`,
      });
    }
  }
  const thumbnail = raw['thumbnail'];
  if (thumbnail !== undefined) imageField(thumbnail, state, authorUrn, '/content/article/thumbnail', errors);
  return {
    source: source as string,
    ...(typeof raw['title'] === 'string' ? { title: raw['title'] } : {}),
    ...(typeof raw['description'] === 'string' ? { description: raw['description'] } : {}),
    ...(typeof thumbnail === 'string' ? { thumbnail } : {}),
  };
}

function validateMedia(
  raw: Record<string, unknown> | null,
  state: LinkedInState,
  authorUrn: string,
  errors: InputError[],
): ValidPost['media'] {
  if (!raw) {
    errors.push({ code: 'INVALID_VALUE', description: 'media must be an object', fieldPath: '/content/media' });
    return null;
  }
  imageField(raw['id'], state, authorUrn, '/content/media/id', errors);
  return { id: raw['id'] as string, ...(typeof raw['altText'] === 'string' ? { altText: raw['altText'] } : {}) };
}

/** An image urn the author uploaded and that finished uploading. */
function imageField(
  value: unknown,
  state: LinkedInState,
  authorUrn: string,
  fieldPath: string,
  errors: InputError[],
): void {
  const image = typeof value === 'string' ? state.images.get(value) : undefined;
  if (!image || image.owner !== authorUrn) {
    errors.push({
      code: 'INVALID_VALUE',
      description: `${String(value)} is not an image uploaded by the author`,
      fieldPath,
    });
  } else if (image.status !== 'AVAILABLE') {
    errors.push({ code: 'INVALID_VALUE', description: `${image.urn} has not been uploaded yet`, fieldPath });
  }
}

function enumField(value: unknown, allowed: string[], fieldPath: string, errors: InputError[]): void {
  if (value === undefined) errors.push({ code: 'MISSING_FIELD', description: 'Field is required', fieldPath });
  else if (typeof value !== 'string' || !allowed.includes(value)) {
    errors.push({
      code: 'INVALID_ENUM_VALUE',
      description: `"${String(value)}" is not one of ${allowed.join(', ')}`,
      fieldPath,
    });
  }
}

function asObject(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
