import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context/request-context.js';

/** The record a stored file is attached to, as the owning module names it. */
export interface AttachedTo {
  subjectType: string;
  subjectId: string;
}

/**
 * What a module stores files for (a message's attachment, a drive document …), declared in its HarbourModule
 * (`filePurposes`). Core enforces the limits on every upload and asks `canRead` whenever someone wants a file that is
 * attached to a record, so a file is readable exactly by those who read the record.
 */
export interface FilePurpose {
  /** `<module>.<what>`, e.g. `messaging.attachment`; stored with each file. */
  name: string;
  /** The largest file accepted, in bytes (a type may have its own, smaller or larger: `maxBytesByType`). */
  maxBytes: number;
  /**
   * Largest sizes of some types, by pattern as in `types` (e.g. `{ 'video/*': 100 MiB }` beside a 25 MiB `maxBytes`);
   * the first pattern that matches the sniffed type applies.
   */
  maxBytesByType?: Record<string, number>;
  /** Content types accepted, as the bytes show them (sniffed): exact (`application/pdf`) or a family (`image/*`). */
  types: string[];
  /** Whether images get a small preview (320 px wide WebP). */
  thumbnails: boolean;
  /** The longest audio or video the client may declare, in seconds (absent: durations are refused). */
  maxDurationSeconds?: number;
  /**
   * Whether the caller reads the record the file is attached to (the owning module's own rule, e.g. membership of the
   * conversation). Runs in the caller's context; `em` is tenant-bound.
   */
  canRead: (ctx: RequestContext, em: EntityManager, attachedTo: AttachedTo) => Promise<boolean>;
}

const purposes = new Map<string, FilePurpose>();

/** Modules' purposes, registered at start-up (idempotent: tests build several apps per process). */
export function registerFilePurposes(list: FilePurpose[]): void {
  for (const purpose of list) {
    const known = purposes.get(purpose.name);
    if (known && known !== purpose) throw new Error(`File purpose ${purpose.name} is declared twice`);
    purposes.set(purpose.name, purpose);
  }
}

/** A registered purpose by name, or undefined. */
export const filePurpose = (name: string): FilePurpose | undefined => purposes.get(name);

/** Every registered purpose (the largest of their limits caps what a multipart request may carry). */
export const allFilePurposes = (): FilePurpose[] => [...purposes.values()];

/** Whether a content type matches a pattern (`image/*` or exact). */
export function typeMatches(pattern: string, contentType: string): boolean {
  return pattern.endsWith('/*') ? contentType.startsWith(pattern.slice(0, -1)) : pattern === contentType;
}

/** Whether the purpose accepts a content type. */
export const allowsType = (purpose: FilePurpose, contentType: string): boolean => purpose.types.some((pattern) => typeMatches(pattern, contentType));

/** The largest file of a content type the purpose accepts (its `maxBytes` unless a type has its own). */
export function maxBytesFor(purpose: FilePurpose, contentType: string | null): number {
  if (contentType) {
    for (const [pattern, max] of Object.entries(purpose.maxBytesByType ?? {})) if (typeMatches(pattern, contentType)) return max;
  }
  return purpose.maxBytes;
}

/** The largest file the purpose accepts of any type: what an upload is cut at before its type is known. */
export const largestFor = (purpose: FilePurpose): number => Math.max(purpose.maxBytes, ...Object.values(purpose.maxBytesByType ?? {}));
