import tls from 'node:tls';

/**
 * Lets clients in the test process (MSAL, the Azure SDKs) trust the stand-in's self-signed
 * certificate, as NODE_EXTRA_CA_CERTS does for child processes: every TLS context made from now
 * on also trusts `ca`. Returns the function that undoes it.
 */
export function trustCertificate(ca: string): () => void {
  const original = tls.createSecureContext;
  tls.createSecureContext = (options) => {
    const context = original(options);
    context.context.addCACert(ca);
    return context;
  };
  return () => {
    tls.createSecureContext = original;
  };
}
