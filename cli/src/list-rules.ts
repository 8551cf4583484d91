/** `mapp rules`: the catalogue, as a table or as JSON. */
export async function listRules(json: boolean): Promise<string> {
  const { allRules } = await import('../../shared/validate/rules/index.js');
  const rows = allRules.map((r) => ({ id: r.id, armTtk: r.armTtk, severity: r.severity, description: r.description }));
  if (json) return JSON.stringify({ rules: rows }, null, 2) + '\n';
  const width = Math.max(...rows.map((r) => r.id.length));
  return rows.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.armTtk ?? '-'}\n${' '.repeat(width + 2)}${r.description}`).join('\n') + '\n';
}
