import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { Upload } from '../core/graphql/upload.js';

/** Why a multipart request cannot be read as a GraphQL request. */
export class MultipartError extends Error {
  constructor(readonly status: 400 | 413) {
    super('BAD_REQUEST');
  }
}

/** Whether a request is a GraphQL multipart request (a file upload). */
export function isMultipart(request: IncomingMessage): boolean {
  return (request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');
}

/** Files one request may carry (the API's upload mutations take one; a few leave room for a batch of attachments). */
const MAX_FILES = 10;

/**
 * Reads a GraphQL multipart request (graphql-multipart-request-spec) as it streams in: the `operations` and `map` fields,
 * which must come first, then the files. Resolves with the operations once `map` is read, each mapped variable holding
 * an `Upload` that resolves when its part arrives; the rest of the body streams on only as fast as a resolver reads its
 * file, so nothing is buffered whole. `fieldLimit` caps the two JSON fields (BODY_LIMIT), `fileLimit` each file.
 */
export function readMultipart(request: IncomingMessage, fieldLimit: number, fileLimit: number): Promise<{ body: Record<string, unknown>; operationsText: string; uploads: Upload[] }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: { fieldSize: fieldLimit, fields: 2, files: MAX_FILES, parts: MAX_FILES + 2, fileSize: fileLimit } });
    } catch {
      reject(new MultipartError(400));
      return;
    }
    let operationsText: string | null = null;
    let body: Record<string, unknown> | null = null;
    const uploads = new Map<string, Upload>();
    let started = false;
    const fail = (error: MultipartError) => {
      for (const upload of uploads.values()) upload.reject(error);
      if (!started) reject(error);
      started = true;
    };
    parser.on('field', (name, value, info) => {
      if (started && name !== 'map') return;
      if (info.valueTruncated) return fail(new MultipartError(413));
      try {
        if (name === 'operations' && operationsText === null) {
          operationsText = value;
          const parsed: unknown = JSON.parse(value);
          if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return fail(new MultipartError(400));
          body = parsed as Record<string, unknown>;
          return;
        }
        if (name !== 'map' || !body) return fail(new MultipartError(400));
        const map: unknown = JSON.parse(value);
        if (!map || typeof map !== 'object' || Array.isArray(map)) return fail(new MultipartError(400));
        for (const [key, paths] of Object.entries(map as Record<string, unknown>)) {
          if (!Array.isArray(paths) || paths.length !== 1 || typeof paths[0] !== 'string') return fail(new MultipartError(400));
          const upload = new Upload();
          if (!place(body, paths[0], upload)) return fail(new MultipartError(400));
          uploads.set(key, upload);
        }
        started = true;
        resolve({ body, operationsText: operationsText!, uploads: [...uploads.values()] });
      } catch {
        fail(new MultipartError(400));
      }
    });
    parser.on('file', (name, stream, info) => {
      const upload = uploads.get(name);
      if (!started || !upload || upload.settled) {
        stream.resume();
        if (!started) fail(new MultipartError(400));
        return;
      }
      // Past the largest limit any purpose has, busboy stops the part: the reader sees an error, not a cut file.
      stream.on('limit', () => stream.destroy(new MultipartError(413)));
      upload.resolve({ filename: info.filename ?? '', mimeType: info.mimeType ?? 'application/octet-stream', stream });
    });
    parser.on('filesLimit', () => fail(new MultipartError(413)));
    parser.on('partsLimit', () => fail(new MultipartError(413)));
    parser.on('fieldsLimit', () => fail(new MultipartError(400)));
    parser.on('error', () => fail(new MultipartError(400)));
    // A mapped file the body never carried.
    parser.on('close', () => fail(new MultipartError(400)));
    request.on('error', () => fail(new MultipartError(400)));
    request.pipe(parser);
  });
}

/** Puts `value` at a path of the operations such as `variables.file` or `variables.input.files.0`; false if there is no such place. */
function place(body: Record<string, unknown>, path: string, value: Upload): boolean {
  const steps = path.split('.');
  // One operation per request: a batch (`0.variables…`) is refused like any batched request.
  if (steps[0] !== 'variables' || steps.length < 2 || steps.some((step) => step === '__proto__' || step === 'constructor' || step === 'prototype')) return false;
  let target: unknown = body;
  for (const step of steps.slice(0, -1)) {
    if (!target || typeof target !== 'object') return false;
    target = (target as Record<string, unknown>)[step];
  }
  const last = steps.at(-1)!;
  if (!target || typeof target !== 'object' || !Object.hasOwn(target, last) || (target as Record<string, unknown>)[last] !== null) return false;
  (target as Record<string, unknown>)[last] = value;
  return true;
}
