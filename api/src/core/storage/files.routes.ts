import { pipeline } from 'node:stream/promises';
import express, { type Request, type Response } from 'express';
import type { AppServices } from '../context/services.js';
import { createSystemContext } from '../context/system-context.js';
import { AppError } from '../errors/app-error.js';
import { fromDatabaseError } from '../errors/database-errors.js';
import { localizeErrors } from '../graphql/errors.js';
import { negotiateLocale } from '../i18n/i18n.js';
import { receiveFile } from './files.service.js';
import { StoredFile, StoredFileStatus } from './stored-file.entity.js';

// The HTTP status each of the routes' coded refusals is sent with.
const STATUS: Record<string, number> = {
  FILE_LINK_INVALID: 403,
  FILE_LINK_EXPIRED: 403,
  NOT_FOUND: 404,
  FILE_UPLOAD_USED: 409,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  FILE_TYPE_MISMATCH: 415,
  SERVICE_UNAVAILABLE: 503,
};

/** Sends a coded refusal as the GraphQL endpoint would: `{ errors: [{ message, extensions: { code } }] }`, localized. */
function refuse(services: AppServices, request: Request, response: Response, error: unknown): void {
  const coded = fromDatabaseError(error);
  if (!(coded instanceof AppError)) services.logger.error({ err: error }, 'file route failed');
  // Failed while streaming a download: the status is sent already, only cutting the connection tells the client.
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const appError = coded instanceof AppError ? coded : new AppError('INTERNAL_SERVER_ERROR');
  const locale = negotiateLocale(request.headers['accept-language']);
  const [localized] = localizeErrors([{ message: appError.code, extensions: { code: appError.code, messageParams: appError.params } }], locale);
  // A body not read to its end (refused early) is not read at all: the connection closes once the answer is sent.
  if (request.method === 'PUT' && !request.readableEnded) response.setHeader('connection', 'close');
  response.status(STATUS[appError.code] ?? (appError.code === 'INTERNAL_SERVER_ERROR' ? 500 : 400)).json({ errors: [localized] });
}

/** `filename*` per RFC 6266/8187 beside a plain ASCII `filename` for old clients; quotes and controls never pass. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_') || 'file';
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

// Shown in the browser when opened; anything else (HTML, scripts, documents) is always downloaded.
const INLINE = /^(image\/(jpeg|png|gif|webp|avif|heic|heif)|audio\/|video\/|application\/pdf$)/;

/**
 * The file store's HTTP routes: `PUT /files/upload/:token` receives the bytes of an upload started with
 * createFileUpload, `GET /files/:token` serves a file or its preview. The signed token is the authority — whoever
 * holds a link may use it until it expires — so links are short-lived and handed out only after the file's read check.
 */
export function fileRoutes(services: AppServices): express.Router {
  const router = express.Router();

  router.put('/files/upload/:token', async (request, response) => {
    try {
      const link = services.fileLinks.verify(String(request.params.token), ['upload'], services.clock.now());
      if ((request.headers['content-encoding'] ?? 'identity').toLowerCase() !== 'identity') throw new AppError('FILE_UPLOAD_INCOMPLETE');
      const ctx = createSystemContext(services, link.tenantId, negotiateLocale(request.headers['accept-language']));
      const file = await receiveFile(ctx, link.fileId, request);
      response.json({ id: file.id, status: file.status, name: file.name, contentType: file.contentType, size: file.size, width: file.width, height: file.height });
    } catch (error) {
      refuse(services, request, response, error);
    }
  });

  router.get('/files/:token', async (request, response) => {
    try {
      const link = services.fileLinks.verify(String(request.params.token), ['file', 'thumbnail'], services.clock.now());
      const ctx = createSystemContext(services, link.tenantId);
      const file = await ctx.em.findOne(StoredFile, { id: link.fileId });
      const key = link.kind === 'thumbnail' ? file?.thumbnailKey : file?.storageKey;
      if (!file || file.status !== StoredFileStatus.READY || !key) throw new AppError('NOT_FOUND', { subject: 'StoredFile', id: link.fileId });
      const blob = await services.blobs.get(key);
      if (!blob) throw new AppError('NOT_FOUND', { subject: 'StoredFile', id: link.fileId });
      const contentType = link.kind === 'thumbnail' ? 'image/webp' : file.contentType!;
      response.set({
        'content-type': contentType,
        'content-length': String(blob.size),
        'content-disposition': contentDisposition(link.kind === 'thumbnail' || INLINE.test(contentType) ? 'inline' : 'attachment', file.name),
        'x-content-type-options': 'nosniff',
        // Even opened directly, a stored file runs nothing and frames nothing.
        'content-security-policy': "default-src 'none'; sandbox",
        // The link is a bearer credential for its lifetime: private caches only, and never past its expiry.
        'cache-control': `private, max-age=${Math.max(0, link.expires - Math.floor(services.clock.now().getTime() / 1000))}`,
        'referrer-policy': 'no-referrer',
      });
      await pipeline(blob.stream, response);
    } catch (error) {
      refuse(services, request, response, error);
    }
  });

  return router;
}
