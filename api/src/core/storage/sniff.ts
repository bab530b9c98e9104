import { open } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';

/** Bytes of a file without a signature that are looked at to tell plain text from anything else. */
const TEXT_SAMPLE = 64 * 1024;

/**
 * A file's content type as its bytes show it (magic numbers, via `file-type`), never as its name or the uploader says.
 * Formats without a signature count as `text/plain` when the start is clean UTF-8 text (no NUL, no control characters
 * but tab and line breaks), else `application/octet-stream`. SVG and HTML are therefore never served as such: they are
 * text, and a browser told `text/plain` with `nosniff` does not run their scripts.
 */
export async function sniffContentType(path: string): Promise<string> {
  const detected = await fileTypeFromFile(path);
  if (detected) return detected.mime;
  const handle = await open(path, 'r');
  try {
    const sample = Buffer.alloc(TEXT_SAMPLE);
    const { bytesRead } = await handle.read(sample, 0, TEXT_SAMPLE, 0);
    return looksLikeText(sample.subarray(0, bytesRead), bytesRead < TEXT_SAMPLE) ? 'text/plain' : 'application/octet-stream';
  } finally {
    await handle.close();
  }
}

function looksLikeText(bytes: Buffer, whole: boolean): boolean {
  if (bytes.length === 0) return false;
  // A sample cut in the middle of a multi-byte character is still text: drop up to three trailing bytes before decoding.
  let end = bytes.length;
  if (!whole) while (end > bytes.length - 3 && end > 0 && (bytes[end - 1] & 0xc0) === 0x80) end -= 1;
  if (!whole && end > 0 && bytes[end - 1] >= 0xc0) end -= 1;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

// Types that name one format in several ways (what browsers and operating systems send for the same bytes).
const ALIASES: Record<string, string> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'application/x-pdf': 'application/pdf',
  'application/x-zip-compressed': 'application/zip',
  'text/csv': 'text/plain',
  'text/markdown': 'text/plain',
  'application/csv': 'text/plain',
  'application/msword': 'application/x-cfb',
  'application/vnd.ms-excel': 'application/x-cfb',
  'application/vnd.ms-powerpoint': 'application/x-cfb',
};

/** The family a type belongs to for the mismatch check: images, sound and moving pictures (one container holds either), or itself. */
function family(type: string): string {
  const normalized = ALIASES[type] ?? type;
  if (normalized.startsWith('image/')) return 'image';
  if (normalized.startsWith('audio/') || normalized.startsWith('video/')) return 'media';
  return normalized;
}

/**
 * Whether the type the uploader declared disagrees with what the bytes are. Lenient within a family — a phone that says
 * `image/png` for a JPEG, or `audio/webm` for what the bytes call `video/webm`, uploads the same kind of thing — and
 * strict across them: a "PDF" that is an executable or a ZIP is refused. `application/octet-stream` declares nothing.
 */
export function declaredTypeMismatch(declared: string | null, sniffed: string): boolean {
  if (!declared || declared === 'application/octet-stream') return false;
  return family(declared) !== family(sniffed);
}

/** A declared content type reduced to `type/subtype` in lower case (parameters such as charset dropped), or null. */
export function normalizeContentType(value: string | null | undefined): string | null {
  const type = value?.split(';', 1)[0].trim().toLowerCase();
  return type && /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(type) ? type : null;
}
