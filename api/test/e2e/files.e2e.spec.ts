import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemContext } from '../../src/core/context/system-context.js';
import { attachFile, deleteOrphanFiles, registerFilePurposes, type FilePurpose } from '../../src/core/storage/index.js';
import { createOrganization, createPerson, type TestOrg, type TestPerson } from '../support/factories.js';
import { fieldsOf, startTestApp, type GqlClient, type GqlResult, type TestApp } from '../support/test-app.js';
import { wav } from '../support/sample-files.js';

/**
 * The core file store end to end, on local disk and on a real S3-compatible server (s3rver, in-process, speaking the S3
 * HTTP protocol): uploads by signed URL and by GraphQL multipart through one service, the bytes' real type (sniffed)
 * against the purpose and the declared type, the size limit enforced while reading (the stream stops early), image
 * previews, downloads with their headers, who may read a file before and after it is attached, expired and tampered
 * links, attaching, and the cleanup of files attached to nothing.
 */

/** A record of the tests' own kind: a file attached to one is read only by the person it names. */
const RECORD = 'TestRecord';
const DOCUMENTS: FilePurpose = {
  name: 'test.document',
  maxBytes: 1024 * 1024,
  types: ['application/pdf', 'text/plain', 'image/*'],
  thumbnails: true,
  canRead: async (ctx, _em, attachedTo) => attachedTo.subjectType === RECORD && attachedTo.subjectId === ctx.actor?.personId,
};
const MEDIA: FilePurpose = {
  name: 'test.media',
  maxBytes: 64 * 1024,
  types: ['audio/*', 'video/*'],
  thumbnails: false,
  maxDurationSeconds: 300,
  canRead: async () => true,
};
registerFilePurposes([DOCUMENTS, MEDIA]);

const FILE_FIELDS = 'id purpose name status contentType size width height durationSeconds url thumbnailUrl';
const CREATE_UPLOAD = `mutation($input: CreateFileUploadInput!) { createFileUpload(input: $input) { uploadUrl expiresAt file { ${FILE_FIELDS} } } }`;
const STORED_FILE = `query($id: ID!) { storedFile(id: $id) { ${FILE_FIELDS} } }`;
const UPLOAD_FILE = `mutation($purpose: String!, $file: Upload!, $duration: Float) { uploadFile(purpose: $purpose, file: $file, durationSeconds: $duration) { ${FILE_FIELDS} } }`;

interface FileRow {
  id: string;
  purpose: string;
  name: string;
  status: 'PENDING' | 'READY';
  contentType: string | null;
  size: number | null;
  width: number | null;
  height: number | null;
  durationSeconds: number | null;
  url: string | null;
  thumbnailUrl: string | null;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0]), Buffer.alloc(40, 1)]);

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#1f6feb' } })
    .png()
    .toBuffer();

/** One Harbour with its own store, its organisations and people. */
interface Setup {
  t: TestApp;
  org: TestOrg;
  uploader: TestPerson;
  colleague: TestPerson;
  other: TestOrg;
}

async function setUp(env: Record<string, string>): Promise<Setup> {
  const t = await startTestApp({ env });
  const org = await createOrganization(t);
  const uploader = await createPerson(t, org);
  const colleague = await createPerson(t, org);
  const other = await createOrganization(t);
  return { t, org, uploader, colleague, other };
}

/** Starts an upload by signed URL (answering the mutation's result). */
async function announce(client: GqlClient, input: { purpose?: string; name?: string; size: number; contentType: string; durationSeconds?: number }) {
  return client.request<{ createFileUpload: { uploadUrl: string; expiresAt: string; file: FileRow } }>(CREATE_UPLOAD, {
    input: { purpose: 'test.document', name: 'report.pdf', ...input },
  });
}

/** PUTs bytes to an upload URL; the JSON answer and status. */
async function put(s: Setup, uploadUrl: string, bytes: Buffer): Promise<{ status: number; body: any }> {
  const response = await fetch(`${s.t.url}${uploadUrl}`, { method: 'PUT', body: bytes, headers: { 'content-type': 'application/octet-stream' } });
  return { status: response.status, body: await response.json() };
}

/** Uploads by signed URL and answers the READY file (failing the test otherwise). */
async function uploadBySignedUrl(s: Setup, client: GqlClient, bytes: Buffer, input: { purpose?: string; name?: string; contentType: string; durationSeconds?: number }): Promise<FileRow> {
  const started = await announce(client, { ...input, size: bytes.length });
  expect(started.errors).toBeUndefined();
  const answer = await put(s, started.data!.createFileUpload.uploadUrl, bytes);
  expect(answer, JSON.stringify(answer.body)).toMatchObject({ status: 200, body: { status: 'READY' } });
  return (await client.ok<{ storedFile: FileRow }>(STORED_FILE, { id: started.data!.createFileUpload.file.id })).storedFile;
}

/** Sends uploadFile as a GraphQL multipart request. */
async function uploadMultipart(
  s: Setup,
  client: GqlClient,
  bytes: Buffer,
  part: { purpose?: string; name: string; type: string; duration?: number },
  headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
): Promise<GqlResult<{ uploadFile: FileRow }>> {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query: UPLOAD_FILE, variables: { purpose: part.purpose ?? 'test.document', file: null, duration: part.duration ?? null } }));
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', new Blob([bytes], { type: part.type }), part.name);
  const response = await fetch(`${s.t.url}/graphql`, { method: 'POST', body: form, headers: { authorization: `Bearer ${client.accessToken}`, ...headers } });
  const body = (await response.json()) as { data?: { uploadFile: FileRow }; errors?: GqlResult['errors'] };
  return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
}

async function download(s: Setup, url: string): Promise<Response> {
  return fetch(`${s.t.url}${url}`);
}

/** Attaches a file to a TestRecord naming `readerId`, as a module's service would (in its transaction, as the uploader). */
async function attach(s: Setup, fileId: string, actor: TestPerson, readerId: string, purpose = 'test.document') {
  const ctx = await s.t.context({ accountId: '', personId: actor.personId, tenantId: s.org.organizationId, displayName: 'Uploader', locale: 'en', isPlatformAdmin: false });
  return ctx.transaction((em) => attachFile(ctx, em, fileId, { subjectType: RECORD, subjectId: readerId, purpose }));
}

const code = (result: { errors?: GqlResult['errors'] }) => result.errors?.[0].extensions.code;

/** The paths every store must serve alike. */
function storeContract(name: string, start: () => Promise<Setup>) {
  describe(name, () => {
    let s: Setup;
    beforeAll(async () => {
      s = await start();
    });
    afterAll(async () => {
      await s?.t.stop();
    });

    it('uploads by signed URL: the bytes are checked, hashed and stored, and downloaded by their uploader with safe headers', async () => {
      const file = await uploadBySignedUrl(s, s.uploader.client!, PDF, { name: '工程報價 "final".pdf', contentType: 'application/pdf' });
      expect(file).toMatchObject({ status: 'READY', contentType: 'application/pdf', size: PDF.length, width: null, thumbnailUrl: null });
      const [row] = await s.t.sql<{ sha256: string; uploader_id: string }>('select sha256, uploader_id from stored_file where id = $1', [file.id]);
      expect(row).toEqual({ sha256: (await import('node:crypto')).createHash('sha256').update(PDF).digest('hex'), uploader_id: s.uploader.personId });
      const response = await download(s, file.url!);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-disposition')).toBe(`inline; filename="____ _final_.pdf"; filename*=UTF-8''${encodeURIComponent('工程報價 "final".pdf')}`);
      expect(response.headers.get('cache-control')).toMatch(/^private, max-age=(59\d|600)$/);
    });

    it('uploads by GraphQL multipart through the same checks, and makes a 320 px preview of an image', async () => {
      const image = await png(800, 600);
      const result = await uploadMultipart(s, s.uploader.client!, image, { name: 'site.png', type: 'image/png' });
      expect(result.errors).toBeUndefined();
      const file = result.data!.uploadFile;
      expect(file).toMatchObject({ status: 'READY', name: 'site.png', contentType: 'image/png', size: image.length, width: 800, height: 600 });
      const preview = await download(s, file.thumbnailUrl!);
      expect(preview.status).toBe(200);
      expect(preview.headers.get('content-type')).toBe('image/webp');
      const meta = await sharp(Buffer.from(await preview.arrayBuffer())).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', 320, 240]);
      expect(Buffer.from(await (await download(s, file.url!)).arrayBuffer())).toEqual(image);
    });
  });
}

describe('files', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbour-files-'));
    dirs.push(dir);
    return dir;
  };
  let s3: S3rver | null = null;
  afterAll(async () => {
    await s3?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  storeContract('on local disk', () => setUp({ HARBOUR_FILES_DIR: tempDir() }));
  storeContract('on an S3-compatible server', async () => {
    s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: tempDir(), configureBuckets: [{ name: 'harbour-files', configs: [] }] });
    const { port } = await s3.run();
    return setUp({
      HARBOUR_FILES_DIR: tempDir(),
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: 'harbour-files',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    });
  });

  describe('checks, links and reading rights (local disk)', () => {
    let s: Setup;
    let filesDir: string;
    beforeAll(async () => {
      filesDir = tempDir();
      s = await setUp({ HARBOUR_FILES_DIR: filesDir });
    });
    afterAll(async () => {
      await s?.t.stop();
    });
    const stagingEmpty = () => !existsSync(join(filesDir, 'staging')) || readdirSync(join(filesDir, 'staging')).length === 0;

    it('refuses at the start what the purpose cannot take: unknown purpose, declared type, declared size, bad input', async () => {
      const client = s.uploader.client!;
      expect(fieldsOf(await announce(client, { purpose: 'test.nothing', size: 10, contentType: 'application/pdf' }))).toEqual([['purpose', 'FILE_PURPOSE_UNKNOWN']]);
      const zip = await announce(client, { size: 10, contentType: 'application/zip' });
      expect([code(zip), zip.errors?.[0].message]).toEqual(['FILE_TYPE_NOT_ALLOWED', 'Files of type application/zip cannot be uploaded here.']);
      const big = await announce(client, { size: 1024 * 1024 + 1, contentType: 'application/pdf' });
      expect([code(big), big.errors?.[0].message]).toEqual(['FILE_TOO_LARGE', 'The file is too large: at most 1 MB (1048576 bytes) is accepted here.']);
      expect(fieldsOf(await announce(client, { name: ' ', size: 0, contentType: 'pdf' }))).toEqual([
        ['name', 'REQUIRED'],
        ['contentType', 'INVALID_VALUE'],
        ['size', 'INVALID_VALUE'],
      ]);
      expect(fieldsOf(await announce(client, { purpose: 'test.media', name: 'memo.wav', size: 100, contentType: 'audio/wav', durationSeconds: 301 }))).toEqual([
        ['durationSeconds', 'FILE_DURATION_TOO_LONG'],
      ]);
      expect(fieldsOf(await announce(client, { size: 100, contentType: 'application/pdf', durationSeconds: 3 }))).toEqual([['durationSeconds', 'INVALID_VALUE']]);
      expect(code(await s.t.anonymous().request(CREATE_UPLOAD, { input: { purpose: 'test.document', name: 'a.pdf', size: 1, contentType: 'application/pdf' } }))).toBe('UNAUTHENTICATED');
    });

    it('refuses bytes that are not what was declared, or of a type the purpose does not take, in the caller’s language', async () => {
      const client = s.uploader.client!;
      const disguised = await announce(client, { name: 'photo.png', size: PDF.length, contentType: 'image/png' });
      const answer = await put(s, disguised.data!.createFileUpload.uploadUrl, PDF);
      expect(answer.status).toBe(415);
      expect(answer.body.errors[0]).toEqual({
        message: 'The file was sent as image/png, but its content is application/pdf: it was not accepted.',
        extensions: { code: 'FILE_TYPE_MISMATCH' },
      });
      // Refused bytes leave the file waiting: it stays PENDING and unreadable as a download.
      expect((await client.ok<{ storedFile: FileRow }>(STORED_FILE, { id: disguised.data!.createFileUpload.file.id })).storedFile).toMatchObject({ status: 'PENDING', url: null });
      const zip = await announce(client, { name: 'archive.bin', size: ZIP.length, contentType: 'application/octet-stream' });
      const refused = await fetch(`${s.t.url}${zip.data!.createFileUpload.uploadUrl}`, { method: 'PUT', body: ZIP, headers: { 'accept-language': 'zh-HK' } });
      expect([refused.status, ((await refused.json()) as any).errors[0]]).toEqual([415, { message: '此處不接受 application/zip 類型的檔案。', extensions: { code: 'FILE_TYPE_NOT_ALLOWED' } }]);
      const multipart = await uploadMultipart(s, client, ZIP, { name: 'archive.zip', type: 'application/zip' });
      expect(code(multipart)).toBe('FILE_TYPE_NOT_ALLOWED');
      const mismatch = await uploadMultipart(s, client, PDF, { name: 'photo.jpg', type: 'image/jpeg' });
      expect(code(mismatch)).toBe('FILE_TYPE_MISMATCH');
      // A broken image: the signature says PNG, the rest is not an image.
      const broken = await uploadMultipart(s, client, Buffer.concat([(await png(10, 10)).subarray(0, 40), Buffer.alloc(100, 7)]), { name: 'broken.png', type: 'image/png' });
      expect(code(broken)).toBe('FILE_UNREADABLE');
      expect(code(await uploadMultipart(s, client, Buffer.alloc(0), { name: 'empty.txt', type: 'text/plain' }))).toBe('FILE_EMPTY');
      expect(stagingEmpty()).toBe(true);
    });

    it('stops reading an upload as soon as it passes the limit, by signed URL and by multipart', async () => {
      const client = s.uploader.client!;
      const started = await announce(client, { name: 'huge.pdf', size: 1024 * 1024, contentType: 'application/pdf' });
      const total = 64 * 1024 * 1024;
      // Sends chunk after chunk until the server answers: it answers (and closes) long before 64 MB went out.
      const outcome = await new Promise<{ status: number; body: any; written: number }>((resolve, reject) => {
        let written = 0;
        let answered = false;
        const request = httpRequest(`${s.t.url}${started.data!.createFileUpload.uploadUrl}`, { method: 'PUT', headers: { 'content-length': String(total) } }, (response) => {
          answered = true;
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString('utf8')), written }));
        });
        request.on('error', (error) => (answered ? undefined : reject(error)));
        const chunk = Buffer.concat([PDF, Buffer.alloc(64 * 1024 - PDF.length, 32)]);
        const next = () => {
          while (!answered && written < total) {
            written += chunk.length;
            if (!request.write(written === chunk.length ? chunk : Buffer.alloc(64 * 1024, 32))) return void request.once('drain', next);
          }
          if (written >= total) request.end();
        };
        next();
      });
      expect([outcome.status, outcome.body.errors[0].extensions.code]).toEqual([413, 'FILE_TOO_LARGE']);
      expect(outcome.written).toBeLessThan(total / 4);
      const multipart = await uploadMultipart(s, client, Buffer.concat([PDF, Buffer.alloc(2 * 1024 * 1024, 32)]), { name: 'huge.pdf', type: 'application/pdf' });
      expect(code(multipart)).toBe('FILE_TOO_LARGE');
      // A type with a smaller limit of its own is measured against it once its bytes show what they are.
      expect(code(await uploadMultipart(s, client, wav(9), { purpose: 'test.media', name: 'long.wav', type: 'audio/wav' }))).toBe('FILE_TOO_LARGE');
      expect(stagingEmpty()).toBe(true);
    });

    it('keeps a declared duration for audio, refuses multipart without the CSRF header, and a used upload link', async () => {
      const client = s.uploader.client!;
      const voice = await uploadMultipart(s, client, wav(2), { purpose: 'test.media', name: 'memo.wav', type: 'audio/wav', duration: 2.4 });
      expect(voice.errors).toBeUndefined();
      expect(voice.data!.uploadFile).toMatchObject({ contentType: 'audio/wav', durationSeconds: 2.4, thumbnailUrl: null });
      expect(fieldsOf(await uploadMultipart(s, client, wav(1), { purpose: 'test.media', name: 'memo.wav', type: 'audio/wav', duration: 3600 }))).toEqual([
        ['durationSeconds', 'FILE_DURATION_TOO_LONG'],
      ]);
      const csrf = await uploadMultipart(s, client, PDF, { name: 'a.pdf', type: 'application/pdf' }, {});
      expect([csrf.status, code(csrf)]).toEqual([400, 'BAD_REQUEST']);
      const started = await announce(client, { size: PDF.length, contentType: 'application/pdf' });
      expect((await put(s, started.data!.createFileUpload.uploadUrl, PDF)).status).toBe(200);
      const again = await put(s, started.data!.createFileUpload.uploadUrl, PDF);
      expect([again.status, again.body.errors[0].extensions.code]).toEqual([409, 'FILE_UPLOAD_USED']);
    });

    it('lets only the uploader read a file until it is attached, then exactly those who read the record; never another organisation', async () => {
      const file = await uploadBySignedUrl(s, s.uploader.client!, PDF, { contentType: 'application/pdf' });
      expect(code(await s.colleague.client!.request(STORED_FILE, { id: file.id }))).toBe('NOT_FOUND');
      expect(code(await s.org.admin.request(STORED_FILE, { id: file.id }))).toBe('NOT_FOUND');
      expect(code(await s.other.admin.request(STORED_FILE, { id: file.id }))).toBe('NOT_FOUND');
      // Attached to a record the colleague reads (and the uploader, under this purpose's rule, does not).
      await attach(s, file.id, s.uploader, s.colleague.personId);
      const read = (await s.colleague.client!.ok<{ storedFile: FileRow }>(STORED_FILE, { id: file.id })).storedFile;
      expect((await download(s, read.url!)).status).toBe(200);
      expect(code(await s.uploader.client!.request(STORED_FILE, { id: file.id }))).toBe('NOT_FOUND');
      expect(code(await s.other.admin.request(STORED_FILE, { id: file.id }))).toBe('NOT_FOUND');
    });

    it('attaches only the caller’s own READY file of the purpose, once', async () => {
      const file = await uploadBySignedUrl(s, s.uploader.client!, PDF, { contentType: 'application/pdf' });
      const failure = (promise: Promise<unknown>) =>
        promise.then(
          () => 'attached',
          (error: { code?: string }) => error.code,
        );
      expect(await failure(attach(s, file.id, s.colleague, s.colleague.personId))).toBe('NOT_FOUND');
      expect(await failure(attach(s, file.id, s.uploader, s.uploader.personId, 'test.media'))).toBe('FILE_PURPOSE_MISMATCH');
      const pending = await announce(s.uploader.client!, { size: PDF.length, contentType: 'application/pdf' });
      expect(await failure(attach(s, pending.data!.createFileUpload.file.id, s.uploader, s.uploader.personId))).toBe('FILE_NOT_READY');
      expect(await failure(attach(s, file.id, s.uploader, s.uploader.personId))).toBe('attached');
      expect(await failure(attach(s, file.id, s.uploader, s.colleague.personId))).toBe('FILE_ALREADY_ATTACHED');
    });

    it('refuses expired and tampered links, and a link of one kind used as another', async () => {
      const file = await uploadBySignedUrl(s, s.uploader.client!, await png(40, 30), { name: 'tiny.png', contentType: 'image/png' });
      const started = await announce(s.uploader.client!, { size: PDF.length, contentType: 'application/pdf' });
      const uploadUrl = started.data!.createFileUpload.uploadUrl;
      const token = file.url!.slice('/files/'.length);
      const [body, signature] = token.split('.');
      const flipped = `${signature.slice(0, -2)}${signature.at(-2) === 'A' ? 'B' : 'A'}${signature.at(-1)}`;
      const otherBody = Buffer.from(JSON.stringify(['f', s.org.organizationId, started.data!.createFileUpload.file.id, 4102444800])).toString('base64url');
      for (const url of [`/files/${body}.${flipped}`, `/files/${otherBody}.${signature}`, `/files/${token}x`, '/files/not-a-token', `/files/${uploadUrl.slice('/files/upload/'.length)}`]) {
        const response = await download(s, url);
        expect([url, response.status, ((await response.json()) as any).errors[0].extensions.code]).toEqual([url, 403, 'FILE_LINK_INVALID']);
      }
      const wrongKind = await put(s, `/files/upload/${token}`, PDF);
      expect([wrongKind.status, wrongKind.body.errors[0].extensions.code]).toEqual([403, 'FILE_LINK_INVALID']);
      expect((await download(s, file.thumbnailUrl!)).status).toBe(200);
      await s.t.advanceClock(31 * 60 * 1000);
      for (const url of [file.url!, file.thumbnailUrl!]) {
        const response = await download(s, url);
        expect([response.status, ((await response.json()) as any).errors[0]]).toEqual([403, { message: 'This file link has expired. Ask for a new one.', extensions: { code: 'FILE_LINK_EXPIRED' } }]);
      }
      const late = await put(s, uploadUrl, PDF);
      expect([late.status, late.body.errors[0].extensions.code]).toEqual([403, 'FILE_LINK_EXPIRED']);
      // A fresh link works again: reading rights are checked each time one is made.
      const fresh = (await s.uploader.client!.ok<{ storedFile: FileRow }>(STORED_FILE, { id: file.id })).storedFile;
      expect((await download(s, fresh.url!)).status).toBe(200);
    });

    it('deletes files attached to nothing a day after their upload began, with their bytes, and keeps attached ones', async () => {
      const orphan = await uploadBySignedUrl(s, s.uploader.client!, await png(50, 50), { name: 'orphan.png', contentType: 'image/png' });
      const kept = await uploadBySignedUrl(s, s.uploader.client!, PDF, { name: 'kept.pdf', contentType: 'application/pdf' });
      await attach(s, kept.id, s.uploader, s.uploader.personId);
      const pending = await announce(s.uploader.client!, { size: PDF.length, contentType: 'application/pdf' });
      const blobs = join(filesDir, 'blobs', s.org.organizationId);
      expect(existsSync(join(blobs, orphan.id))).toBe(true);
      expect(existsSync(join(blobs, `${orphan.id}.thumbnail`))).toBe(true);
      const handle = () => deleteOrphanFiles.handle(createSystemContext(s.t.app.services, s.org.organizationId), {});
      await handle();
      expect((await s.t.sql('select id from stored_file where id = any($1)', [[orphan.id, pending.data!.createFileUpload.file.id]])).length).toBe(2);
      await s.t.advanceClock(25 * 3600 * 1000);
      // Another organisation's cleanup touches nothing of this one.
      await deleteOrphanFiles.handle(createSystemContext(s.t.app.services, s.other.organizationId), {});
      expect((await s.t.sql('select id from stored_file where id = $1', [orphan.id])).length).toBe(1);
      await handle();
      const left = await s.t.sql<{ id: string }>('select id from stored_file where id = any($1)', [[orphan.id, kept.id, pending.data!.createFileUpload.file.id]]);
      expect(left.map((row) => row.id)).toEqual([kept.id]);
      expect(existsSync(join(blobs, orphan.id))).toBe(false);
      expect(existsSync(join(blobs, `${orphan.id}.thumbnail`))).toBe(false);
      expect(existsSync(join(blobs, kept.id))).toBe(true);
      const events = await s.t.sql<{ type: string }>("select type from outbox_event where subject_id = $1 and type like 'files.%' order by created_at", [orphan.id]);
      expect(events.map((event) => event.type)).toEqual(['files.file.upload_started', 'files.file.uploaded', 'files.file.deleted']);
    });
  });
});
