import { existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import express, { type Request, type Response } from 'express';

/** Cache-Control of Vite's hashed assets (`assets/<name>-<hash>.<ext>`): a new build gives them new names. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current assets, so a browser asks again each time (a 304 when nothing changed). */
const REVALIDATE = 'no-cache';

/** The precompressed copies the build writes (console/vite.config.ts), in the order they are preferred. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** Sends `file`, or its precompressed copy in an encoding the request accepts, with its own type and `cacheControl`. */
function sendFile(request: Request, response: Response, file: string, cacheControl: string): void {
  const accepted = (request.headers['accept-encoding'] ?? '').toString();
  const encoding = ENCODINGS.find((candidate) => new RegExp(`(^|[\\s,])${candidate.name}(?!;q=0(\\.0*)?(\\s|,|$))`).test(accepted) && existsSync(file + candidate.suffix));
  response.type(extname(file));
  response.setHeader('Vary', 'Accept-Encoding');
  response.setHeader('Cache-Control', cacheControl);
  if (encoding) response.setHeader('Content-Encoding', encoding.name);
  response.sendFile(encoding ? file + encoding.suffix : file, { cacheControl: false, dotfiles: 'deny' });
}

/**
 * The built console under /console/: hashed assets cached for a year as immutable, index.html revalidated on every
 * visit, each sent precompressed (Brotli, else gzip) when the browser takes it. A file that does not exist is 404 — not
 * the HTML page with 200, which a browser would then try to run as a script — and any other path (a console route such
 * as /console/people/42) is answered with index.html.
 */
export function consoleFiles(dir: string): express.Router {
  const root = resolve(dir);
  const index = join(root, 'index.html');
  const router = express.Router();
  router.get('/{*path}', (request, response) => {
    const wanted = resolve(root, `.${decodeURIComponent(request.path)}`);
    const inside = wanted === root || wanted.startsWith(root + sep);
    const isFile = inside && existsSync(wanted) && statSync(wanted).isFile();
    if (isFile && wanted !== index) return sendFile(request, response, wanted, wanted.startsWith(join(root, 'assets') + sep) ? IMMUTABLE : 'public, max-age=3600');
    // A path naming a file (an extension in its last part) that is not there: 404. Everything else is a console route.
    if (!inside || extname(request.path) !== '') return void response.status(404).type('text/plain').send('Not found');
    sendFile(request, response, index, REVALIDATE);
  });
  return router;
}
