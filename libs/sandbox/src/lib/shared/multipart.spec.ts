import { multipartBoundary, parseMultipart } from './multipart';

describe('multipart', () => {
  const boundary = '--------------------------123456';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="segment_index"\r\n\r\n0\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="media"; filename="a.png"\r\n`),
    Buffer.from('Content-Type: application/octet-stream\r\n\r\n'),
    Buffer.from([0x89, 0x50, 0x0d, 0x0a, 0x2d, 0x2d, 0x00]),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);

  it('reads the boundary from the content type', () => {
    expect(multipartBoundary(`multipart/form-data; boundary=${boundary}`)).toBe(boundary);
    expect(multipartBoundary('multipart/form-data; boundary="quoted value"')).toBe('quoted value');
    expect(multipartBoundary('application/json')).toBeNull();
    expect(multipartBoundary(undefined)).toBeNull();
  });

  it('splits fields and binary files, keeping bytes that look like line breaks', () => {
    const parts = parseMultipart(body, boundary);
    expect(parts.map((part) => part.name)).toEqual(['segment_index', 'media']);
    expect(parts[0].data.toString()).toBe('0');
    expect(parts[0].filename).toBeNull();
    expect(parts[1].filename).toBe('a.png');
    expect(parts[1].contentType).toBe('application/octet-stream');
    expect([...parts[1].data]).toEqual([0x89, 0x50, 0x0d, 0x0a, 0x2d, 0x2d, 0x00]);
  });

  it('throws on malformed bodies', () => {
    expect(() => parseMultipart(Buffer.from('nothing'), boundary)).toThrowError(/boundary/);
    expect(() => parseMultipart(Buffer.from(`--${boundary}\r\nno headers end`), boundary)).toThrowError();
    expect(() =>
      parseMultipart(Buffer.from(`--${boundary}\r\nContent-Type: text/plain\r\n\r\nx\r\n--${boundary}--`), boundary),
    ).toThrowError(/name/);
  });
});
