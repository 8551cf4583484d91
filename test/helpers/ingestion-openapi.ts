import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { PROJECT_ROOT } from './validate-fixture.js';

/** The Partner Center ingestion API v1 OpenAPI 3.0 document, the stand-in's contract. */
export const INGESTION_OPENAPI = path.join(PROJECT_ROOT, 'test/contracts/partner-center-ingestion-v1.openapi.json');

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
  components: { schemas: Record<string, unknown> };
}

const DOCUMENT_ID = 'partner-center-ingestion';

/** Rewrites `#/components/schemas/X` into a reference to the registered document. */
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/schemas/') ? `${DOCUMENT_ID}${inner}` : rewriteRefs(inner)]),
  );
}

/**
 * Validates replies against the response schemas of the document. OpenAPI 3.0 schemas are not
 * strict JSON Schema (`nullable`, `format: long`), so ajv runs with `strict: false` and without
 * format checks; the component schemas are registered as one document their refs resolve in.
 */
export class IngestionContract {
  private readonly document: OpenApiDocument;
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(file = INGESTION_OPENAPI) {
    this.document = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: rewriteRefs(this.document.components.schemas) } });
  }

  /** Errors of a reply body against `paths[template][method].responses[status]`, or [] when it conforms. */
  check(method: string, template: string, status: number, body: unknown): string[] {
    const key = `${method} ${template} ${status}`;
    let validate = this.cache.get(key);
    if (!validate) {
      const operation = this.document.paths[template]?.[method.toLowerCase()];
      if (!operation) throw new Error(`The OpenAPI document has no ${method} ${template}.`);
      const schema = operation.responses?.[String(status)]?.content?.['application/json']?.schema;
      if (!schema) throw new Error(`The OpenAPI document has no JSON schema for ${key}.`);
      validate = this.ajv.compile(rewriteRefs(schema) as object);
      this.cache.set(key, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  }
}
