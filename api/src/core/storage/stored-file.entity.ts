import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../database/base.entity.js';

/** Where an upload is: announced and waiting for its bytes, or checked and stored. */
export enum StoredFileStatus {
  PENDING = 'PENDING',
  READY = 'READY',
}
registerEnumType(StoredFileStatus, {
  name: 'StoredFileStatus',
  description: 'PENDING: announced (createFileUpload), its bytes not yet received; READY: received, checked and stored.',
});

/**
 * One stored file: its bytes in the blob store under `storageKey` (and a preview under `thumbnailKey`), the facts
 * checked from those bytes (sniffed type, size, sha256, image size), and the record it is attached to. Until it is
 * attached, only its uploader reads it; a file never attached is deleted after a day (see files.jobs.ts).
 */
@ObjectType({ description: 'A stored file (an attachment, a document): what it is, and short-lived links to its bytes.' })
@Entity({ tableName: 'stored_file' })
@Index({ properties: ['tenantId', 'attachedSubjectType', 'attachedSubjectId'] })
@Index({ properties: ['tenantId', 'attachedSubjectId', 'createdAt'] })
export class StoredFile extends TenantEntity<
  | 'status'
  | 'contentType'
  | 'size'
  | 'sha256'
  | 'width'
  | 'height'
  | 'thumbnailKey'
  | 'durationSeconds'
  | 'declaredContentType'
  | 'declaredSize'
  | 'attachedSubjectType'
  | 'attachedSubjectId'
  | 'attachedAt'
  | 'uploadedAt'
> {
  @Field(() => ID, { description: 'File id (what a message or document names when it attaches the file).' })
  declare id: string;

  @Field(() => String, { description: 'What it was uploaded for, `<module>.<what>` (e.g. messaging.attachment); decides its limits and who reads it.' })
  @Property({ type: 'string', length: 100 })
  purpose!: string;

  /** The person who uploaded it (the only reader until it is attached). */
  @Property({ type: 'uuid' })
  uploaderId!: string;

  @Field(() => String, { description: 'Its name as the uploader gave it (e.g. 地盤照片.jpg).' })
  @Property({ type: 'string', length: 255 })
  name!: string;

  @Field(() => StoredFileStatus, { description: 'Whether its bytes have arrived.' })
  @Enum({ items: () => StoredFileStatus, default: StoredFileStatus.PENDING })
  status: StoredFileStatus = StoredFileStatus.PENDING;

  /** The type the uploader said it was; the stored `contentType` is what the bytes are. */
  @Property({ type: 'string', length: 255, nullable: true })
  declaredContentType: string | null = null;

  /** The size the uploader announced (signed upload URL): more bytes than this are refused. */
  @Property({ type: 'integer', nullable: true })
  declaredSize: number | null = null;

  @Field(() => String, { nullable: true, description: 'Its type as read from its bytes (e.g. image/jpeg), not as the uploader named it; null until it is READY.' })
  @Property({ type: 'string', length: 255, nullable: true })
  contentType: string | null = null;

  @Field(() => Float, { nullable: true, description: 'Its size in bytes; null until it is READY.' })
  @Property({ type: 'integer', nullable: true })
  size: number | null = null;

  /** SHA-256 of its bytes, hex. */
  @Property({ type: 'string', length: 64, nullable: true })
  sha256: string | null = null;

  /** Where its bytes are in the blob store. */
  @Property({ type: 'string', length: 200 })
  storageKey!: string;

  @Field(() => Int, { nullable: true, description: 'Width in pixels, for images.' })
  @Property({ type: 'integer', nullable: true })
  width: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Height in pixels, for images.' })
  @Property({ type: 'integer', nullable: true })
  height: number | null = null;

  /** Where its preview is in the blob store (images of a purpose that makes thumbnails). */
  @Property({ type: 'string', length: 200, nullable: true })
  thumbnailKey: string | null = null;

  @Field(() => Float, { nullable: true, description: 'How long it plays, in seconds, for audio and video (as the uploading app measured it).' })
  @Property({ type: 'double', nullable: true })
  durationSeconds: number | null = null;

  /** The kind of record it is attached to (e.g. Message); null until attached. */
  @Property({ type: 'string', length: 100, nullable: true })
  attachedSubjectType: string | null = null;

  /** The record it is attached to. */
  @Property({ type: 'uuid', nullable: true })
  attachedSubjectId: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  attachedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When its bytes were received and checked.' })
  @Property({ type: 'datetime', nullable: true })
  uploadedAt: Date | null = null;

  @Field(() => Date, { description: 'When the upload was started.' })
  declare createdAt: Date;
}
