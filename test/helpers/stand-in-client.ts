import { request } from 'node:https';
import type { StandIn } from '../../stand-in/index.js';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any;
}

/** One HTTPS call to the stand-in, trusting its self-signed certificate. */
export function call(
  standIn: StandIn,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; form?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const url = new URL(path, standIn.url);
  let payload: string | undefined;
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.form) {
    payload = new URLSearchParams(options.form).toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else if (options.body !== undefined) {
    payload = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, ca: standIn.ca, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** An ARM access token from the stand-in's own token endpoint (client secret flow). */
export async function armToken(standIn: StandIn, scope = `${standIn.env.MAPP_ARM_ENDPOINT}/.default`): Promise<string> {
  const reply = await call(standIn, 'POST', `/${standIn.env.AZURE_TENANT_ID}/oauth2/v2.0/token`, {
    form: { grant_type: 'client_credentials', client_id: standIn.env.AZURE_CLIENT_ID, client_secret: standIn.env.AZURE_CLIENT_SECRET, scope },
  });
  if (reply.status !== 200) throw new Error(`token request failed: ${reply.status} ${reply.text}`);
  return reply.json.access_token as string;
}

/** The inputs that sign a face in to the stand-in with its client secret (the custom cloud it serves). */
export function standInSecretInputs(standIn: StandIn): Record<string, string> {
  return {
    auth: 'secret',
    cloud: 'Custom',
    'authority-host': standIn.env.AZURE_AUTHORITY_HOST!,
    'arm-endpoint': standIn.env.MAPP_ARM_ENDPOINT!,
    'tenant-id': standIn.env.AZURE_TENANT_ID!,
    'client-id': standIn.env.AZURE_CLIENT_ID!,
    'client-secret': standIn.env.AZURE_CLIENT_SECRET!,
    'subscription-id': standIn.env.AZURE_SUBSCRIPTION_ID!,
  };
}
