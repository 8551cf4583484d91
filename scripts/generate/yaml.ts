/** Quotes a scalar for YAML: a JSON string is a valid YAML double-quoted scalar. */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}
