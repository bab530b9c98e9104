import { describe, expect, it } from 'vitest';
import { StartupError } from '../core/errors/startup-error.js';
import { loadConfig } from './config.js';

const base = { JWT_SECRET: 'config-spec-secret-config-spec-secret' };
const refusal = (env: Record<string, string>) => {
  try {
    loadConfig({ ...base, ...env });
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError);
    return (error as StartupError).explanation;
  }
  throw new Error('expected loadConfig to refuse');
};

describe('config', () => {
  it('hashes passwords at OWASP’s argon2id minimum unless told otherwise', () => {
    expect(loadConfig(base).passwordHashCost).toEqual({ memoryKib: 19_456, timeCost: 2 });
    expect(loadConfig({ ...base, PASSWORD_HASH_MEMORY_KIB: '8', PASSWORD_HASH_TIME_COST: '1' }).passwordHashCost).toEqual({ memoryKib: 8, timeCost: 1 });
    expect(loadConfig({ ...base, NODE_ENV: 'production', PASSWORD_HASH_MEMORY_KIB: '47104', PASSWORD_HASH_TIME_COST: '1' }).passwordHashCost).toEqual({ memoryKib: 47_104, timeCost: 1 });
  });

  it('refuses a cheap hash in production, and one below argon2’s minimum anywhere', () => {
    expect(refusal({ NODE_ENV: 'production', PASSWORD_HASH_MEMORY_KIB: '8', PASSWORD_HASH_TIME_COST: '1' })).toMatch(
      /below OWASP’s argon2id minimum, and NODE_ENV is production\.\nWhat to do: unset both/,
    );
    expect(refusal({ PASSWORD_HASH_MEMORY_KIB: '4' })).toMatch(/below argon2’s minimum/);
  });

  it('explains a setting it cannot use: not a whole number, an unknown role, no JWT_SECRET in production', () => {
    expect(refusal({ PORT: '40o0' })).toBe('Harbour could not start: PORT must be a whole number, but it is "40o0".\nWhat to do: set PORT to a whole number, or unset it (default 4000).');
    expect(refusal({ HARBOUR_ROLE: 'both' })).toMatch(/HARBOUR_ROLE is "both"\.\nWhat to do: set HARBOUR_ROLE to all, api or worker/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is not set/);
  });

  it('writes texts to the log unless an HTTP provider is configured completely', () => {
    expect(loadConfig(base).sms).toEqual({ provider: 'log', http: null, maxPerRecipientPerHour: 6 });
    const http = { SMS_PROVIDER: 'http', SMS_HTTP_URL: 'https://sms.example.com/messages', SMS_HTTP_TOKEN: 'secret-token' };
    expect(loadConfig({ ...base, ...http, SMS_MAX_PER_RECIPIENT_PER_HOUR: '0' }).sms).toEqual({
      provider: 'http',
      http: { url: 'https://sms.example.com/messages', token: 'secret-token', timeoutMs: 10_000 },
      maxPerRecipientPerHour: 0,
    });
    expect(refusal({ SMS_PROVIDER: 'twilio' })).toMatch(/SMS_PROVIDER is "twilio"\.\nWhat to do: set SMS_PROVIDER to log/);
    expect(refusal({ ...http, SMS_HTTP_URL: 'sms.example.com' })).toMatch(/SMS_HTTP_URL \("sms.example.com"\) is not an http or https URL/);
    expect(refusal({ ...http, SMS_HTTP_URL: 'ftp://sms.example.com' })).toMatch(/is not an http or https URL/);
    expect(refusal({ ...http, NODE_ENV: 'production', SMS_HTTP_URL: 'http://sms.example.com' })).toMatch(/is not an https URL.*\n.*https only/);
    expect(refusal({ ...http, SMS_HTTP_TOKEN: ' ' })).toMatch(/SMS_HTTP_TOKEN is not set/);
    expect(refusal({ ...http, SMS_HTTP_TOKEN: 'a\nb' })).toMatch(/SMS_HTTP_TOKEN is not set \(or holds a line break\)/);
    expect(refusal({ ...http, SMS_HTTP_TIMEOUT_MS: '10' })).toMatch(/SMS_HTTP_TIMEOUT_MS is 10/);
    expect(refusal({ SMS_MAX_PER_RECIPIENT_PER_HOUR: '-1' })).toMatch(/SMS_MAX_PER_RECIPIENT_PER_HOUR is -1/);
    expect(refusal({ SMS_MAX_PER_RECIPIENT_PER_HOUR: 'six' })).toMatch(/must be a whole number/);
  });

  it('keeps files under the data directory unless S3 is configured completely', () => {
    const local = loadConfig({ ...base, HARBOUR_DATA_DIR: '/var/lib/harbour' }).files;
    expect(local).toEqual({ dir: '/var/lib/harbour/files', s3: null });
    expect(loadConfig({ ...base, HARBOUR_FILES_DIR: '/srv/files' }).files.dir).toBe('/srv/files');
    const s3 = { S3_ENDPOINT: 'http://minio:9000/', S3_BUCKET: 'harbour', S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret' };
    expect(loadConfig({ ...base, ...s3, S3_FORCE_PATH_STYLE: 'true' }).files.s3).toEqual({
      endpoint: 'http://minio:9000',
      bucket: 'harbour',
      region: 'us-east-1',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
    expect(loadConfig({ ...base, ...s3, S3_REGION: 'ap-east-1' }).files.s3).toMatchObject({ region: 'ap-east-1', forcePathStyle: false });
    expect(refusal({ S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'harbour' })).toMatch(
      /S3 storage is half configured: S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY are not set\.\nWhat to do: set S3_ENDPOINT/,
    );
    expect(refusal({ S3_REGION: 'ap-east-1' })).toMatch(/half configured: S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY are not set/);
    expect(refusal({ ...s3, S3_ENDPOINT: 'minio:9000' })).toMatch(/S3_ENDPOINT \("minio:9000"\) is not an http or https URL/);
    expect(refusal({ ...s3, S3_FORCE_PATH_STYLE: 'yes' })).toMatch(/S3_FORCE_PATH_STYLE is "yes"/);
  });
});
