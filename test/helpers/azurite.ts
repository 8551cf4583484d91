import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from 'selfsigned';
import { PROJECT_ROOT } from './validate-fixture.js';

/** Azurite's documented development account; its key is public, but still kept out of logs. */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  /** Path-style blob endpoint of the development account: http://127.0.0.1:<port>/devstoreaccount1. */
  readonly blobEndpoint: string;
  /** With `oauth`: the PEM certificate Azurite serves HTTPS with. */
  readonly ca?: string;
  stop(): Promise<void>;
}

/**
 * Starts Azurite's blob service on a free 127.0.0.1 port with a temporary location, telemetry
 * off. `oauth`: HTTPS with a fresh self-signed certificate and `--oauth basic`, so bearer tokens
 * and user-delegation keys work (Azurite checks a token's issuer, audience and lifetime, not its signature).
 */
export async function startAzurite(options: { oauth?: boolean } = {}): Promise<Azurite> {
  const location = mkdtempSync(path.join(os.tmpdir(), 'mapp-azurite-'));
  const args = ['--blobHost', '127.0.0.1', '--blobPort', '0', '--location', location, '--silent', '--skipApiVersionCheck', '--disableTelemetry'];
  let ca: string | undefined;
  if (options.oauth) {
    const certificate = await azuriteCertificate();
    ca = certificate.cert;
    writeFileSync(path.join(location, 'cert.pem'), certificate.cert);
    writeFileSync(path.join(location, 'key.pem'), certificate.key, { mode: 0o600 });
    args.push('--cert', path.join(location, 'cert.pem'), '--key', path.join(location, 'key.pem'), '--oauth', 'basic');
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/azurite/dist/src/blob/main.js'), ...args],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '' } },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Azurite did not start: ${output}`)), 20_000);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const match = /listens on (https?:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        blobEndpoint: `${match[1]}/${AZURITE_ACCOUNT}`,
        ...(ca ? { ca } : {}),
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => {
              rmSync(location, { recursive: true, force: true });
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`Azurite exited with ${code}: ${output}`)));
  });
}

/** Its own subject name: a second self-signed "mapp stand-in" would collide with the stand-in's in a trust store. */
async function azuriteCertificate(): Promise<{ cert: string; key: string }> {
  const notBeforeDate = new Date(Date.now() - 60 * 60 * 1000);
  const pems = await generate([{ name: 'commonName', value: 'mapp test azurite' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + 48 * 60 * 60 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }] },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}
