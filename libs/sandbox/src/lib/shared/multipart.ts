/** One part of a multipart/form-data body. */
export interface MultipartPart {
  name: string;
  filename: string | null;
  contentType: string | null;
  data: Buffer;
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/** The boundary from a `multipart/form-data; boundary=…` content type, or null. */
export function multipartBoundary(contentType: string | undefined): string | null {
  const match = contentType?.match(/boundary=(?:"([^"]+)"|([^;\s]+))/i);
  return match ? (match[1] ?? match[2]) : null;
}

/**
 * Splits a multipart/form-data body (RFC 7578) into its parts. Enough for the sandbox's media upload,
 * which only ever sees small bodies that the client built in one piece; throws on anything malformed.
 */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  let position = body.indexOf(delimiter);
  if (position < 0) throw new Error('multipart body without its boundary');
  const parts: MultipartPart[] = [];
  for (;;) {
    position += delimiter.length;
    if (body.subarray(position, position + 2).toString() === '--') return parts;
    if (!body.subarray(position, position + 2).equals(CRLF)) throw new Error('malformed multipart delimiter');
    const start = position + 2;
    const next = body.indexOf(Buffer.concat([CRLF, delimiter]), start);
    if (next < 0) throw new Error('multipart body ends without a closing boundary');
    parts.push(parsePart(body.subarray(start, next)));
    position = next + CRLF.length;
  }
}

function parsePart(part: Buffer): MultipartPart {
  const headerEnd = part.indexOf(HEADER_END);
  if (headerEnd < 0) throw new Error('multipart part without headers');
  const headers = new Map<string, string>();
  for (const line of part.subarray(0, headerEnd).toString('utf8').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const disposition = headers.get('content-disposition') ?? '';
  const name = disposition.match(/\bname="([^"]*)"/i)?.[1];
  if (name === undefined) throw new Error('multipart part without a name');
  return {
    name,
    filename: disposition.match(/\bfilename="([^"]*)"/i)?.[1] ?? null,
    contentType: headers.get('content-type') ?? null,
    data: part.subarray(headerEnd + HEADER_END.length),
  };
}
