import { generate } from 'selfsigned';

/** A throwaway certificate with its private key, made per test run so no key lives in the repository. */
async function testPem(): Promise<string> {
  const pems = await generate([{ name: 'commonName', value: 'mapp test app' }], { keySize: 2048, algorithm: 'sha256' });
  return `${pems.private.trim()}\n${pems.cert.trim()}\n`;
}

export const TEST_PEM = await testPem();
