import { Arg, Ctx, Field, FieldResolver, Float, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { SignedIn } from '../authz/gate.js';
import type { RequestContext } from '../context/request-context.js';
import { Text, TextArgs } from '../graphql/text.js';
import { Upload, UploadScalar } from '../graphql/upload.js';
import * as files from './files.service.js';
import { StoredFile, StoredFileStatus } from './stored-file.entity.js';

@InputType({ description: 'A file about to be uploaded by signed URL: what it is for, and what the uploader says it is.' })
export class CreateFileUploadInput {
  @Field(() => String, { description: 'What it is for, `<module>.<what>` (e.g. messaging.attachment): decides the types and sizes accepted.' })
  @Text(100)
  purpose!: string;

  @Field(() => String, { description: 'Its name (e.g. 報價單.pdf), shown to those who read it and used when it is downloaded.' })
  @Text(files.FILE_NAME_MAX)
  name!: string;

  @Field(() => Float, { description: 'Its size in bytes; the upload is refused past it (and past the purpose’s limit: FILE_TOO_LARGE).' })
  size!: number;

  @Field(() => String, { description: 'Its type as the device names it (e.g. image/jpeg); the bytes must agree (FILE_TYPE_MISMATCH).' })
  @Text(255)
  contentType!: string;

  @Field(() => Float, { nullable: true, description: 'For audio and video: how long it plays, in seconds, as the device measured it.' })
  durationSeconds?: number | null;
}

@ObjectType({ description: 'An upload started: the file (PENDING) and where to PUT its bytes.' })
export class FileUpload {
  @Field(() => StoredFile, { description: 'The file, PENDING until its bytes arrive.' })
  file!: StoredFile;

  @Field(() => String, {
    description:
      'Where to send the bytes: `PUT` the raw file as the body, relative to the API’s address (e.g. https://harbour.example.com/files/upload/…). Anyone holding it may upload this one file until it expires.',
  })
  uploadUrl!: string;

  @Field(() => Date, { description: 'When the upload URL stops working.' })
  expiresAt!: Date;
}

/**
 * Core's file store over GraphQL: starting an upload (signed URL), uploading in the request itself (multipart), reading
 * a file one may read, and short-lived links to a file's bytes and preview.
 */
@Resolver(() => StoredFile)
export class FilesResolver {
  @SignedIn()
  @Mutation(() => FileUpload, {
    description:
      'Starts an upload: checks the purpose (FILE_PURPOSE_UNKNOWN), the declared type (FILE_TYPE_NOT_ALLOWED) and size (FILE_TOO_LARGE), and answers a signed URL to PUT the bytes to. Once received they are checked again — their real type (FILE_TYPE_MISMATCH, FILE_TYPE_NOT_ALLOWED) and size — and the file is READY to attach. Until attached, only the uploader reads it; a file left unattached is deleted after a day.',
  })
  createFileUpload(@Ctx() ctx: RequestContext, @Arg('input', () => CreateFileUploadInput) input: CreateFileUploadInput): Promise<FileUpload> {
    return files.createFileUpload(ctx, input);
  }

  @SignedIn()
  @TextArgs({ purpose: { max: 100 } })
  @Mutation(() => StoredFile, {
    description:
      'Uploads a file in this very request (GraphQL multipart request, with the header `apollo-require-preflight: true`): checked like a signed-URL upload and answered READY. The part’s file name and type are the file’s name and declared type.',
  })
  async uploadFile(
    @Ctx() ctx: RequestContext,
    @Arg('purpose', () => String, { description: 'What it is for (e.g. messaging.attachment).' }) purpose: string,
    @Arg('file', () => UploadScalar, { description: 'The file, as a part of the multipart request.' }) upload: Upload,
    @Arg('durationSeconds', () => Float, { nullable: true, description: 'For audio and video: how long it plays, in seconds.' }) durationSeconds: number | null,
  ): Promise<StoredFile> {
    const part = await upload.file;
    return files.uploadFile(ctx, { purpose, name: part.filename, size: null, contentType: part.mimeType, durationSeconds }, part.stream);
  }

  @SignedIn()
  @Query(() => StoredFile, { description: 'A file the caller may read: their own upload not yet attached, or one attached to a record they read. NOT_FOUND otherwise.' })
  storedFile(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<StoredFile> {
    return files.readableFile(ctx, id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'A link to the bytes (GET, relative to the API’s address), made for a caller who may read the file and working for 10 minutes for whoever holds it; ask again for a fresh one. Null until the file is READY.',
  })
  url(@Ctx() ctx: RequestContext, @Root() file: StoredFile): string | null {
    return file.status === StoredFileStatus.READY ? files.fileLink(ctx, file, 'file').url : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'A link to a preview (WebP, 320 px wide) for images, like `url`; null when there is none.' })
  thumbnailUrl(@Ctx() ctx: RequestContext, @Root() file: StoredFile): string | null {
    return file.status === StoredFileStatus.READY && file.thumbnailKey ? files.fileLink(ctx, file, 'thumbnail').url : null;
  }
}
