import { existsSync } from 'node:fs';

/**
 * The Chromium to drive (the browser specs and the console's bench): CHROMIUM_PATH when set; on Linux x64 the build
 * the @sparticuz/chromium npm package ships (unpacked into the temporary directory on first use), so `npm ci && npm
 * test` needs no browser from the system; elsewhere Debian's /usr/bin/chromium when installed.
 */
export async function findChromium(): Promise<string | null> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (process.platform === 'linux' && process.arch === 'x64') {
    const { default: packaged } = await import('@sparticuz/chromium');
    return packaged.executablePath();
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null;
}

/** Chromium's switches for a headless run in a container: no sandbox, GPU, QUIC or background traffic. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
