import fc from 'fast-check';

/**
 * Random damage to JSON files, for the fuzz tests: structural changes (properties deleted,
 * replaced, duplicated under another case, retyped, inserted) and textual ones (truncation,
 * random bytes or strings, a repeated line).
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type StructuralOp = { kind: 'delete' | 'replace' | 'duplicate' | 'retype' | 'insert'; target: number; key: string; value: Json };
export type TextOp = { kind: 'truncate'; at: number } | { kind: 'bytes'; at: number; bytes: Uint8Array } | { kind: 'text'; at: number; text: string } | { kind: 'duplicate-line'; at: number };
export type Mutation = { file: string; op: StructuralOp | TextOp };

const armish = fc.constantFrom(
  "[parameters('location')]",
  "[concat('a', parameters('storageAccountName'))]",
  "[resourceGroup().location]",
  "[steps('storageConfig').storageAccountName]",
  "[basics('x')]",
  '[concat(',
  '[[escaped]',
  '[]',
  '',
  'Microsoft.Common.TextBox',
  'Microsoft.Compute/virtualMachines',
  'securestring',
);
const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  armish,
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(armish, fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(armish, fc.integer(), fc.boolean()), { maxKeys: 3 }),
);
/** Names inserted properties get besides random ones: those ARM templates, UI definitions and Data Factory objects use. */
const NAMES = ['type', 'name', 'location', 'outputs', 'parameters', 'resources', 'apiVersion', 'views', 'activities', 'dependsOn', 'referenceName', 'typeProperties'];
/** Values besides random ones: ARM and Data Factory expressions, well formed or not. */
const dataFactoryish = fc.constantFrom('@pipeline().parameters.x', "@activity('Missing').output", '@item()', '@variables(', '@@literal', 'DatasetReference', 'Office365Source');

const structural: fc.Arbitrary<StructuralOp> = fc.record({
  kind: fc.constantFrom('delete', 'replace', 'duplicate', 'retype', 'insert'),
  target: fc.nat(),
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...NAMES)),
  value: fc.oneof(jsonValue, dataFactoryish),
});
const textual: fc.Arbitrary<TextOp> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 10 }), fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '//', '/*', '\\')) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
);
/** One change to one of the named files. */
export function mutationOf(fileNames: readonly string[]): fc.Arbitrary<Mutation> {
  return fc.record({ file: fc.constantFrom(...fileNames), op: fc.oneof({ weight: 3, arbitrary: structural }, { weight: 2, arbitrary: textual }) });
}

/** Every (container, key) slot of a JSON value, collected without recursion. */
function slots(root: Json): { parent: Json[] | { [key: string]: Json }; key: string | number }[] {
  const found: { parent: Json[] | { [key: string]: Json }; key: string | number }[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (Array.isArray(current)) current.forEach((child, index) => (found.push({ parent: current, key: index }), stack.push(child)));
    else if (current && typeof current === 'object') for (const [key, child] of Object.entries(current)) found.push({ parent: current, key }), stack.push(child);
  }
  return found;
}

function retyped(value: Json): Json {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 0;
  if (value === null) return {};
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [String(i), v]));
  return Object.values(value);
}

function applyStructural(text: string, op: StructuralOp): string {
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch {
    return text; // an earlier textual mutation broke it: leave it broken
  }
  const all = slots(root);
  if (all.length === 0) return JSON.stringify(op.value);
  const { parent, key } = all[op.target % all.length]!;
  const get = () => (parent as Record<string | number, Json>)[key]!;
  const set = (k: string | number, v: Json) => void ((parent as Record<string | number, Json>)[k] = v);
  switch (op.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      break;
    case 'replace':
      set(key, op.value);
      break;
    case 'duplicate':
      // Arrays get a second copy; objects get the property again under another case, which ARM treats as the same name.
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(get()));
      else set((key as string).toUpperCase() === key ? (key as string).toLowerCase() : (key as string).toUpperCase(), structuredClone(get()));
      break;
    case 'retype':
      set(key, retyped(get()));
      break;
    case 'insert': {
      const target = get();
      if (Array.isArray(target)) target.push(op.value);
      else if (target && typeof target === 'object') target[op.key] = op.value;
      else set(key, { [op.key]: op.value });
      break;
    }
  }
  return JSON.stringify(root, null, 2);
}

function applyTextual(bytes: Uint8Array, op: TextOp): Uint8Array {
  const at = op.at % (bytes.length + 1);
  const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
  switch (op.kind) {
    case 'truncate':
      return bytes.subarray(0, at);
    case 'bytes':
      return join(bytes.subarray(0, at), op.bytes, bytes.subarray(at));
    case 'text':
      return join(bytes.subarray(0, at), new TextEncoder().encode(op.text), bytes.subarray(at));
    case 'duplicate-line': {
      const lines = new TextDecoder().decode(bytes).split('\n');
      const index = op.at % lines.length;
      lines.splice(index, 0, lines[index]!);
      return new TextEncoder().encode(lines.join('\n'));
    }
  }
}

/** The files (by name) after the changes, in order. */
export function mutate(base: Readonly<Record<string, string>>, mutations: readonly Mutation[]): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = Object.fromEntries(Object.entries(base).map(([name, text]) => [name, new TextEncoder().encode(text)]));
  for (const { file, op } of mutations) {
    files[file] =
      op.kind === 'truncate' || op.kind === 'bytes' || op.kind === 'text' || op.kind === 'duplicate-line'
        ? applyTextual(files[file]!, op)
        : new TextEncoder().encode(applyStructural(new TextDecoder().decode(files[file]!), op));
  }
  return files;
}
