import type { Readable } from 'node:stream';
import { GraphQLError, GraphQLScalarType } from 'graphql';

/** A file part of a GraphQL multipart request, as a resolver receives it. */
export interface UploadedFile {
  /** The name the client gave the part (its file name). */
  filename: string;
  /** The type the client declared for the part (checked against the bytes by the file store). */
  mimeType: string;
  /** The bytes, streamed from the request as they arrive: read once, never buffered whole. */
  stream: Readable;
}

/**
 * A file of a multipart request (graphql-multipart-request-spec), put in the variables where the request's `map` says.
 * It resolves when the request's body reaches the part; the request reads on only as fast as the stream is consumed.
 */
export class Upload {
  readonly file: Promise<UploadedFile>;
  private settle!: { resolve: (file: UploadedFile) => void; reject: (error: Error) => void };
  settled = false;

  constructor() {
    this.file = new Promise<UploadedFile>((resolve, reject) => (this.settle = { resolve, reject }));
    // A file nobody asked for (the operation failed before reading it) must not be an unhandled rejection.
    this.file.catch(() => undefined);
  }

  resolve(file: UploadedFile): void {
    this.settled = true;
    this.settle.resolve(file);
  }

  reject(error: Error): void {
    if (this.settled) return;
    this.settled = true;
    this.settle.reject(error);
  }

  /** How a file appears where variables are logged or hashed (idempotency keys): never its bytes. */
  toJSON(): string {
    return '[file]';
  }
}

/** The `Upload` scalar: a file sent as a part of a multipart request; never a literal or a JSON value. */
export const UploadScalar = new GraphQLScalarType({
  name: 'Upload',
  description: 'A file sent in the same request as a part of a GraphQL multipart request (graphql-multipart-request-spec); needs the `apollo-require-preflight: true` header.',
  parseValue(value) {
    if (value instanceof Upload) return value;
    throw new GraphQLError('Upload values must be files of a multipart request.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
  parseLiteral() {
    throw new GraphQLError('Upload values must be files of a multipart request.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
  serialize() {
    throw new GraphQLError('Upload is an input type only.');
  },
});
