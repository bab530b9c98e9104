import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { FilesConfig, S3Config } from '../../config/config.js';

/** A stored object's bytes, to stream to a downloader. */
export interface BlobBody {
  stream: Readable;
  size: number;
}

/**
 * Where stored files' bytes live, by key (`<tenant>/<file id>` and its thumbnail beside it). Kept this small so any
 * store fits: a folder on local disk, or an S3-compatible bucket. Rows in `stored_file` say what a key is; the store
 * knows only bytes.
 */
export interface BlobStore {
  /** Which store it is, for logs and tests. */
  readonly kind: 'local' | 's3';
  /** Stores the bytes of a local file (already checked and complete) under `key`, replacing what was there. */
  put(key: string, sourcePath: string, options: { size: number; contentType: string }): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  get(key: string): Promise<BlobBody | null>;
  /** Removes `key`; nothing happens when it is already gone (cleanup is at least once). */
  delete(key: string): Promise<void>;
}

const KEY = /^[0-9a-z-]+(\/[0-9a-z.-]+)+$/;

function checkKey(key: string): string {
  // Keys are built from ids by the file service; anything else is a programming error, and must never become a path.
  if (!KEY.test(key) || key.includes('..')) throw new Error(`Invalid blob key ${key}`);
  return key;
}

/** Files in a folder (HARBOUR_FILES_DIR, default `<data dir>/files`), one per key. */
export class LocalBlobStore implements BlobStore {
  readonly kind = 'local';
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root, 'blobs');
  }

  private path(key: string): string {
    const path = resolve(this.root, checkKey(key));
    if (!path.startsWith(this.root + sep)) throw new Error(`Invalid blob key ${key}`);
    return path;
  }

  async put(key: string, sourcePath: string): Promise<void> {
    const target = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    // Copied to a temporary name first and renamed, so a reader never sees half a file.
    const partial = `${target}.partial`;
    await copyFile(sourcePath, partial);
    await rename(partial, target);
  }

  async get(key: string): Promise<BlobBody | null> {
    const path = this.path(key);
    try {
      const { size } = await stat(path);
      return { stream: createReadStream(path), size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await unlink(this.path(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}

/** Objects in an S3-compatible bucket (S3_ENDPOINT, S3_BUCKET …), through the AWS SDK. */
export class S3BlobStore implements BlobStore {
  readonly kind = 's3';
  private readonly client: S3Client;

  constructor(private readonly config: S3Config) {
    this.client = new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      forcePathStyle: config.forcePathStyle,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      // Checksums only where the protocol needs them: the SDK's default (CRC32 trailers in aws-chunked bodies) is not
      // understood by every S3-compatible store; the file service already hashes every upload (sha256) itself.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, sourcePath: string, options: { size: number; contentType: string }): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.config.bucket,
        Key: checkKey(key),
        Body: createReadStream(sourcePath),
        ContentLength: options.size,
        ContentType: options.contentType,
      }),
    );
  }

  async get(key: string): Promise<BlobBody | null> {
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: checkKey(key) }));
      if (!answer.Body) return null;
      return { stream: answer.Body as Readable, size: answer.ContentLength ?? 0 };
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    // S3 answers a delete of a missing key with success, which is what cleanup wants.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: checkKey(key) }));
  }
}

/** The configured store: S3 when S3_* are set, otherwise the local folder. */
export function createBlobStore(config: FilesConfig): BlobStore {
  return config.s3 ? new S3BlobStore(config.s3) : new LocalBlobStore(config.dir);
}

/** The folder where uploads are written while they are read and checked (always local, whatever the store). */
export const stagingDir = (config: FilesConfig) => join(config.dir, 'staging');
