import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import sharp from 'sharp';
import type { RequestContext } from '../context/request-context.js';
import { bindTenant } from '../database/tenant-filter.js';
import { AppError, assertNoProblems, badInput, notFound, type FieldProblem } from '../errors/app-error.js';
import { stagingDir } from './blob-store.js';
import { DOWNLOAD_LINK_SECONDS, UPLOAD_LINK_SECONDS, type FileLinkKind } from './file-links.js';
import { allowsType, filePurpose, largestFor, maxBytesFor, type AttachedTo, type FilePurpose } from './file-purposes.js';
import { declaredTypeMismatch, normalizeContentType, sniffContentType } from './sniff.js';
import { StoredFile, StoredFileStatus } from './stored-file.entity.js';

/** The longest file name kept (longer ones are refused, not cut: the name is what the downloader sees). */
export const FILE_NAME_MAX = 255;
/** Width of image previews, in pixels (never enlarged). */
export const THUMBNAIL_WIDTH = 320;
/** Images larger than this many pixels are stored but get no preview (decoding them would cost too much memory). */
const MAX_THUMBNAIL_SOURCE_PIXELS = 100_000_000;

/** What an uploader says about a file before sending it. */
export interface FileAnnouncement {
  purpose: string;
  name: string;
  /** Bytes it will have (signed upload URL: more are refused); null when unknown (multipart). */
  size: number | null;
  contentType: string | null;
  /** For audio and video: how long it plays, as the uploading app measured it. */
  durationSeconds?: number | null;
}

// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u001f\u007f]/;

function purposeOf(name: string): FilePurpose {
  const purpose = filePurpose(name);
  if (!purpose) throw badInput({ field: 'purpose', code: 'FILE_PURPOSE_UNKNOWN', params: { purpose: name.slice(0, 100) } });
  return purpose;
}

/** A file name with its folders dropped (some browsers send C:\fakepath\…), checked for what it may hold. */
function cleanName(name: string, problems: FieldProblem[]): string {
  const base = name.split(/[\\/]/).at(-1)!.normalize('NFC').trim();
  if (!base || base === '.' || base === '..') problems.push({ field: 'name', code: 'REQUIRED' });
  else if (base.length > FILE_NAME_MAX) problems.push({ field: 'name', code: 'TOO_LONG', params: { max: FILE_NAME_MAX } });
  else if (CONTROL.test(base)) problems.push({ field: 'name', code: 'CONTROL_CHARACTERS' });
  return base;
}

/** The problems of a declared duration: a positive number no larger than the purpose allows. */
function durationProblems(purpose: FilePurpose, duration: number | null | undefined): FieldProblem[] {
  if (duration == null) return [];
  if (!purpose.maxDurationSeconds) return [{ field: 'durationSeconds', code: 'INVALID_VALUE' }];
  if (!Number.isFinite(duration) || duration <= 0) return [{ field: 'durationSeconds', code: 'INVALID_VALUE' }];
  if (duration > purpose.maxDurationSeconds) return [{ field: 'durationSeconds', code: 'FILE_DURATION_TOO_LONG', params: { max: purpose.maxDurationSeconds } }];
  return [];
}

const tooLarge = (max: number) => new AppError('FILE_TOO_LARGE', { max, maxMb: Math.round((max / 1024 / 1024) * 10) / 10 });

/**
 * Checks what an uploader announces and creates the PENDING row, in one transaction recording
 * `files.file.upload_started`: the purpose must exist, the declared type be one it accepts and the size within its limit —
 * refused here, before a byte is sent. Shared by both ways in (signed URL and multipart).
 */
async function announceFile(ctx: RequestContext, announcement: FileAnnouncement): Promise<StoredFile> {
  const actor = ctx.requireActor();
  const purpose = purposeOf(announcement.purpose);
  const problems: FieldProblem[] = [];
  const name = cleanName(announcement.name, problems);
  const declaredType = normalizeContentType(announcement.contentType);
  if (announcement.contentType && !declaredType) problems.push({ field: 'contentType', code: 'INVALID_VALUE' });
  if (announcement.size != null && (!Number.isSafeInteger(announcement.size) || announcement.size <= 0)) problems.push({ field: 'size', code: 'INVALID_VALUE' });
  problems.push(...durationProblems(purpose, announcement.durationSeconds));
  assertNoProblems(problems);
  // The declared type is only a promise (the bytes decide), but one the purpose refuses need not be sent at all.
  if (declaredType && declaredType !== 'application/octet-stream' && !allowsType(purpose, declaredType)) throw new AppError('FILE_TYPE_NOT_ALLOWED', { type: declaredType });
  if (announcement.size != null && announcement.size > maxBytesFor(purpose, declaredType)) throw tooLarge(maxBytesFor(purpose, declaredType));
  return ctx.transaction(async (em) => {
    const id = randomUUID();
    const file = em.create(StoredFile, {
      id,
      tenantId: ctx.tenantId,
      purpose: purpose.name,
      uploaderId: actor.personId,
      name,
      declaredContentType: declaredType,
      declaredSize: announcement.size,
      durationSeconds: announcement.durationSeconds ?? null,
      storageKey: `${ctx.tenantId}/${id}`,
    });
    ctx.record({
      type: 'files.file.upload_started',
      subjectType: 'StoredFile',
      subjectId: id,
      subjectLabel: name,
      payload: { storedFileId: id, purpose: purpose.name, uploaderId: actor.personId },
    });
    return file;
  });
}

/** A link to the file's bytes (or preview, or upload), signed for the caller's organisation, and when it stops working. */
export function fileLink(ctx: RequestContext, file: StoredFile, kind: FileLinkKind): { url: string; expiresAt: Date } {
  const seconds = kind === 'upload' ? UPLOAD_LINK_SECONDS : DOWNLOAD_LINK_SECONDS;
  // Whole seconds, so every link made within one second of one file is the same (clients may cache by URL).
  const expires = Math.floor(ctx.now().getTime() / 1000) + seconds;
  const token = ctx.services.fileLinks.sign({ kind, tenantId: file.tenantId, fileId: file.id, expires });
  return { url: `${kind === 'upload' ? '/files/upload/' : '/files/'}${token}`, expiresAt: new Date(expires * 1000) };
}

/**
 * Starts an upload by signed URL: the PENDING file and a URL to PUT its bytes to within UPLOAD_LINK_SECONDS (see
 * files.routes.ts). The URL is the bearer's authority to send this one file's bytes, once.
 */
export async function createFileUpload(ctx: RequestContext, announcement: FileAnnouncement & { size: number }): Promise<{ file: StoredFile; uploadUrl: string; expiresAt: Date }> {
  const file = await announceFile(ctx, announcement);
  const { url, expiresAt } = fileLink(ctx, file, 'upload');
  return { file, uploadUrl: url, expiresAt };
}

/** Uploads a file sent in the request itself (GraphQL multipart): announced, then received like a signed-URL upload. */
export async function uploadFile(ctx: RequestContext, announcement: FileAnnouncement, body: Readable): Promise<StoredFile> {
  let file: StoredFile;
  try {
    file = await announceFile(ctx, announcement);
  } catch (error) {
    // Refused before reading: the rest of the body is not wanted (the connection closes once the answer is sent).
    body.resume();
    throw error;
  }
  return receiveFile(ctx, file.id, body);
}

/** Counts and hashes bytes on their way to disk, and stops the stream as soon as it passes `limit`. */
class Measure extends Transform {
  size = 0;
  readonly hash = createHash('sha256');

  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null, data?: Buffer) => void): void {
    this.size += chunk.length;
    if (this.size > this.limit) return done(tooLarge(this.limit));
    this.hash.update(chunk);
    done(null, chunk);
  }
}

/** What reading an image showed: its size, and a preview written to `thumbnailPath` when one was made. */
async function readImage(path: string, thumbnailPath: string, makeThumbnail: boolean): Promise<{ width: number | null; height: number | null; thumbnail: boolean }> {
  let metadata: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    metadata = await sharp(path, { limitInputPixels: false }).metadata();
  } catch {
    // The signature said image, the rest cannot be decoded: a broken or disguised file.
    throw new AppError('FILE_UNREADABLE');
  }
  // EXIF orientations 5–8 turn the picture a quarter: what a viewer shows is then the other way round.
  const turned = (metadata.orientation ?? 1) >= 5;
  const width = (turned ? metadata.height : metadata.width) ?? null;
  const height = (turned ? metadata.width : metadata.height) ?? null;
  if (!makeThumbnail || !width || !height || width * height > MAX_THUMBNAIL_SOURCE_PIXELS) return { width, height, thumbnail: false };
  try {
    await sharp(path, { limitInputPixels: MAX_THUMBNAIL_SOURCE_PIXELS }).rotate().resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true }).webp({ quality: 75 }).toFile(thumbnailPath);
  } catch {
    throw new AppError('FILE_UNREADABLE');
  }
  return { width, height, thumbnail: true };
}

/**
 * Receives a PENDING file's bytes — the one path of both uploads: streamed to a staging file while counted (stopped
 * the moment it passes the purpose's limit, or the size announced for a signed URL) and hashed (SHA-256), then its type
 * read from the bytes and checked against the purpose (FILE_TYPE_NOT_ALLOWED) and the declared type
 * (FILE_TYPE_MISMATCH), images measured and given a preview, the bytes put in the blob store, and the file marked READY
 * recording `files.file.uploaded`. A refused upload leaves the file PENDING (a signed URL may be used again until it
 * expires); files never made READY or attached are deleted by the cleanup job.
 * `ctx` may be a system context (the signed-URL route): the uploader is the file's, not the context's.
 */
export async function receiveFile(ctx: RequestContext, fileId: string, body: Readable): Promise<StoredFile> {
  // A fresh read on its own fork: a file this request announced a moment ago is checked as the database holds it.
  const reader = ctx.em.fork({ clear: true });
  bindTenant(reader, ctx.tenantId);
  const file = await reader.findOne(StoredFile, { id: fileId });
  if (!file) {
    body.resume();
    throw notFound('StoredFile', fileId);
  }
  if (file.status !== StoredFileStatus.PENDING) {
    body.resume();
    throw new AppError('FILE_UPLOAD_USED');
  }
  const purpose = purposeOf(file.purpose);
  const limit = Math.min(file.declaredSize ?? Number.MAX_SAFE_INTEGER, largestFor(purpose));
  const staging = stagingDir(ctx.services.config.files);
  await mkdir(staging, { recursive: true });
  const path = join(staging, randomUUID());
  const thumbnailPath = `${path}.thumbnail`;
  const measure = new Measure(limit);
  const stored: string[] = [];
  try {
    try {
      await pipeline(body, measure, createWriteStream(path, { mode: 0o600 }));
    } catch (error) {
      // The body is abandoned, not read to its end: a 2 GB upload past a 25 MB limit stops here.
      body.destroy();
      if (error instanceof AppError) throw error;
      throw new AppError('FILE_UPLOAD_INCOMPLETE');
    }
    if (measure.size === 0) throw new AppError('FILE_EMPTY');
    const contentType = await sniffContentType(path);
    if (!allowsType(purpose, contentType)) throw new AppError('FILE_TYPE_NOT_ALLOWED', { type: contentType });
    if (declaredTypeMismatch(file.declaredContentType, contentType)) throw new AppError('FILE_TYPE_MISMATCH', { declared: file.declaredContentType, actual: contentType });
    if (measure.size > maxBytesFor(purpose, contentType)) throw tooLarge(maxBytesFor(purpose, contentType));
    const image = contentType.startsWith('image/') ? await readImage(path, thumbnailPath, purpose.thumbnails) : null;
    const thumbnailKey = image?.thumbnail ? `${file.storageKey}.thumbnail` : null;
    const blobs = ctx.services.blobs;
    await blobs.put(file.storageKey, path, { size: measure.size, contentType });
    stored.push(file.storageKey);
    if (thumbnailKey) {
      await blobs.put(thumbnailKey, thumbnailPath, { size: (await stat(thumbnailPath)).size, contentType: 'image/webp' });
      stored.push(thumbnailKey);
    }
    const sha256 = measure.hash.digest('hex');
    const ready = await ctx.transaction(async (em) => {
      // Two PUTs of one link at once: the second finds the file READY and is refused, its blobs left to be replaced.
      const row = await em.findOne(StoredFile, { id: file.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!row || row.status !== StoredFileStatus.PENDING) throw new AppError('FILE_UPLOAD_USED');
      Object.assign(row, {
        status: StoredFileStatus.READY,
        contentType,
        size: measure.size,
        sha256,
        width: image?.width ?? null,
        height: image?.height ?? null,
        thumbnailKey,
        // A duration means something only for what plays.
        durationSeconds: /^(audio|video)\//.test(contentType) ? row.durationSeconds : null,
        uploadedAt: ctx.now(),
      });
      ctx.record({
        type: 'files.file.uploaded',
        actorId: ctx.actor ? undefined : row.uploaderId,
        subjectType: 'StoredFile',
        subjectId: row.id,
        subjectLabel: row.name,
        payload: { storedFileId: row.id, purpose: row.purpose, uploaderId: row.uploaderId, contentType, size: measure.size },
      });
      return row;
    });
    stored.length = 0;
    return ready;
  } finally {
    await unlink(path).catch(() => undefined);
    await unlink(thumbnailPath).catch(() => undefined);
    // Blobs of an upload that did not become READY are not referenced by anything: remove them again.
    for (const key of stored) await ctx.services.blobs.delete(key).catch(() => undefined);
  }
}

/**
 * Whether the caller reads the file: its uploader while it is attached to nothing, afterwards exactly those who read
 * the record it is attached to (the owning module's rule, declared with its purpose).
 */
export async function canReadFile(ctx: RequestContext, em: EntityManager, file: StoredFile): Promise<boolean> {
  if (!ctx.actor) return false;
  // A file released by a deleted record (attached once, to nothing now) waits for the orphan clean-up, read by nobody.
  if (!file.attachedSubjectType || !file.attachedSubjectId) return file.attachedAt === null && file.uploaderId === ctx.actor.personId;
  const purpose = filePurpose(file.purpose);
  return purpose ? purpose.canRead(ctx, em, { subjectType: file.attachedSubjectType, subjectId: file.attachedSubjectId }) : false;
}

/** A file the caller may read; one they may not, or another organisation's, is NOT_FOUND (its existence is not told). */
export async function readableFile(ctx: RequestContext, id: string): Promise<StoredFile> {
  const file = await ctx.em.findOne(StoredFile, { id });
  if (!file || !(await canReadFile(ctx, ctx.em, file))) throw notFound('StoredFile', id);
  return file;
}

/**
 * Attaches the caller's READY file of `purpose` to a record, inside the caller's transaction (`em` from
 * ctx.transaction; the caller records its own event, e.g. the message sent). From then on the file is read by whoever
 * reads the record. FILE_NOT_READY, FILE_PURPOSE_MISMATCH and FILE_ALREADY_ATTACHED otherwise; someone else's file is
 * NOT_FOUND. `durationSeconds`, when given, replaces what was declared at upload (checked against the purpose).
 */
export async function attachFile(ctx: RequestContext, em: EntityManager, fileId: string, target: AttachedTo & { purpose: string; durationSeconds?: number | null }): Promise<StoredFile> {
  const actor = ctx.requireActor();
  // Locked so that two transactions attaching one file cannot both see it free.
  const file = await em.findOne(StoredFile, { id: fileId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!file || file.uploaderId !== actor.personId) throw notFound('StoredFile', fileId);
  if (file.attachedSubjectId || file.attachedAt) throw new AppError('FILE_ALREADY_ATTACHED', { name: file.name });
  if (file.status !== StoredFileStatus.READY) throw new AppError('FILE_NOT_READY', { name: file.name });
  if (file.purpose !== target.purpose) throw new AppError('FILE_PURPOSE_MISMATCH', { name: file.name, purpose: target.purpose });
  if (target.durationSeconds != null) {
    const purpose = purposeOf(file.purpose);
    assertNoProblems(durationProblems(purpose, target.durationSeconds));
    if (!/^(audio|video)\//.test(file.contentType ?? '')) throw badInput({ field: 'durationSeconds', code: 'INVALID_VALUE' });
    file.durationSeconds = target.durationSeconds;
  }
  Object.assign(file, { attachedSubjectType: target.subjectType, attachedSubjectId: target.subjectId, attachedAt: ctx.now() });
  ctx.record({
    type: 'files.file.attached',
    subjectType: 'StoredFile',
    subjectId: file.id,
    subjectLabel: file.name,
    payload: { storedFileId: file.id, purpose: file.purpose, attachedSubjectType: target.subjectType, attachedSubjectId: target.subjectId },
  });
  return file;
}

/**
 * Releases the files of records that are being deleted (a module's retention), inside the deleting transaction: they
 * are attached to nothing from then on, read by nobody, and the hourly orphan clean-up deletes them — rows with their
 * facts, then the bytes and previews — so a record's files never outlive it by more than an hour. The number released.
 */
export async function releaseFilesOf(em: EntityManager, subjectType: string, subjectIds: readonly string[]): Promise<number> {
  if (subjectIds.length === 0) return 0;
  return em.nativeUpdate(StoredFile, { attachedSubjectType: subjectType, attachedSubjectId: { $in: [...subjectIds] } }, { attachedSubjectType: null, attachedSubjectId: null });
}

/** The READY files attached to records of one type, by record id, oldest first (for a field that lists attachments). */
export async function filesAttachedTo(em: EntityManager, subjectType: string, subjectIds: readonly string[]): Promise<Map<string, StoredFile[]>> {
  const byRecord = new Map<string, StoredFile[]>(subjectIds.map((id) => [id, []]));
  if (subjectIds.length === 0) return byRecord;
  const files = await em.find(
    StoredFile,
    { attachedSubjectType: subjectType, attachedSubjectId: { $in: [...subjectIds] }, status: StoredFileStatus.READY },
    { orderBy: { attachedAt: 'asc', id: 'asc' } },
  );
  for (const file of files) byRecord.get(file.attachedSubjectId!)?.push(file);
  return byRecord;
}
