/**
 * The pages of the redirect (unknown or malformed link, database away): plain HTML with the client's look (system font, Material
 * azure primary), no script, nothing fetched from anywhere.
 */
export function linkPage(heading: string, text: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${heading} · Chorus</title>
<style>
  html { color-scheme: light; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f9f9ff;
    color: #1a1b21; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
  main { max-width: 28rem; margin: 1.5rem; padding: 2rem; background: #fff; border-radius: 16px;
    box-shadow: 0 1px 3px rgba(0, 0, 0, .12); }
  .brand { color: #005cbb; font-weight: 600; letter-spacing: .02em; margin: 0 0 1rem; }
  h1 { font-size: 1.5rem; font-weight: 500; margin: 0 0 .75rem; }
  p { line-height: 1.5; margin: 0; color: #44474e; }
</style>
</head>
<body>
<main>
  <p class="brand">Chorus</p>
  <h1>${heading}</h1>
  <p>${text}</p>
</main>
</body>
</html>
`;
}

export const NOT_FOUND_PAGE = linkPage(
  'This link does not exist',
  'The address may be mistyped or incomplete, or the link was removed. Check the post you came from, or ask the person who shared it.',
);
