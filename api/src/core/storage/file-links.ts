import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors/app-error.js';

/** What a signed link lets its bearer do: put an upload's bytes, or read a file's bytes or its preview. */
export type FileLinkKind = 'upload' | 'file' | 'thumbnail';

/** What a verified link names. */
export interface FileLink {
  kind: FileLinkKind;
  tenantId: string;
  fileId: string;
  /** Seconds since the epoch after which the link is refused. */
  expires: number;
}

/** How long an upload link works: long enough to send 100 MB over a slow mobile connection. */
export const UPLOAD_LINK_SECONDS = 30 * 60;
/** How long a download link works: the link is the bearer's authority, so it is short, and fetched again when needed. */
export const DOWNLOAD_LINK_SECONDS = 10 * 60;

const KINDS: Record<FileLinkKind, string> = { upload: 'u', file: 'f', thumbnail: 't' };
const KIND_OF: Record<string, FileLinkKind> = { u: 'upload', f: 'file', t: 'thumbnail' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Signs and checks file links (HMAC-SHA256). The key is derived from JWT_SECRET with a label of its own, so a link's
 * signature can never pass as an access token's or the other way round, and every replica that shares the secret
 * accepts the links of the others.
 */
export class FileLinkSigner {
  private readonly key: Buffer;

  constructor(jwtSecret: string) {
    this.key = createHmac('sha256', jwtSecret).update('harbour/file-links/v1').digest();
  }

  private mac(body: string): Buffer {
    return createHmac('sha256', this.key).update(body).digest();
  }

  /** A token naming the file, for the kind of use, valid until `expires` (seconds since the epoch). */
  sign(link: FileLink): string {
    const body = Buffer.from(JSON.stringify([KINDS[link.kind], link.tenantId, link.fileId, link.expires])).toString('base64url');
    return `${body}.${this.mac(body).toString('base64url')}`;
  }

  /**
   * The link a token names, if its signature holds, it is of the expected kind and has not expired at `now`; otherwise
   * FILE_LINK_INVALID (tampered, forged, another kind) or FILE_LINK_EXPIRED.
   */
  verify(token: string, kinds: FileLinkKind[], now: Date): FileLink {
    const invalid = () => new AppError('FILE_LINK_INVALID');
    const [body, signature, extra] = token.split('.');
    if (!body || !signature || extra !== undefined || body.length > 400) throw invalid();
    const expected = this.mac(body);
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      throw invalid();
    }
    if (!Array.isArray(parsed) || parsed.length !== 4) throw invalid();
    const [kindCode, tenantId, fileId, expires] = parsed as unknown[];
    const kind = KIND_OF[String(kindCode)];
    if (!kind || !kinds.includes(kind) || typeof tenantId !== 'string' || !UUID.test(tenantId) || typeof fileId !== 'string' || !UUID.test(fileId) || typeof expires !== 'number') throw invalid();
    if (expires * 1000 <= now.getTime()) throw new AppError('FILE_LINK_EXPIRED');
    return { kind, tenantId, fileId, expires };
  }
}
