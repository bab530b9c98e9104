import { expect } from 'vitest';
import type { GqlClient } from './test-app.js';

/** Small real files for upload tests, built in memory, and the way messaging's tests upload them. */

/** A minimal PDF (enough for the sniffer). */
export const PDF = Buffer.from('%PDF-1.4\n%site safety plan\n%%EOF\n');

/** Uploads a file for `messaging.attachment` by signed URL to the app at `baseUrl`, as `client`; the file's id. */
export async function uploadAttachment(baseUrl: string, client: GqlClient, bytes: Buffer, name: string, contentType: string): Promise<string> {
  const { createFileUpload } = await client.ok<{ createFileUpload: { uploadUrl: string; file: { id: string } } }>(
    'mutation($input: CreateFileUploadInput!) { createFileUpload(input: $input) { uploadUrl file { id } } }',
    { input: { purpose: 'messaging.attachment', name, size: bytes.length, contentType } },
  );
  const response = await fetch(`${baseUrl}${createFileUpload.uploadUrl}`, { method: 'PUT', body: bytes });
  expect(response.status, await response.clone().text()).toBe(200);
  return createFileUpload.file.id;
}

/** A WAV file of `seconds` of 8 kHz 8-bit silence. */
export function wav(seconds: number): Buffer {
  const samples = 8000 * seconds;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples, 40);
  return Buffer.concat([header, Buffer.alloc(samples, 128)]);
}
