import { factoryModel } from '../../shared/validate/datafactory/factory-model.js';
import { hasSynapseFolders } from '../../shared/validate/datafactory/git-layout.js';
import { activityTypeRule } from '../../shared/validate/rules/adf/activity-type.js';
import { nameRulesRule } from '../../shared/validate/rules/adf/name-rules.js';
import type { Rule } from '../../shared/validate/rule.js';
import type { ValidationUnit } from '../../shared/validate/unit.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const json = (value: unknown) => JSON.stringify(value, null, 2);
/** A linked service file as Synapse writes it (`synapse`: with its top-level type) or as Data Factory does. */
const lake = (name: string, synapse: boolean) =>
  json({
    name,
    ...(synapse ? { type: 'Microsoft.Synapse/workspaces/linkedservices' } : {}),
    properties: { type: 'AzureBlobFS', typeProperties: { url: 'https://contoso.dfs.core.windows.net' }, connectVia: { referenceName: 'AutoResolveIntegrationRuntime', type: 'IntegrationRuntimeReference' } },
  });
const pipeline = (type: string) => json({ name: 'Load', properties: { activities: [{ name: 'Merge', type, typeProperties: { storedProcedureName: 'dbo.merge' } }] } });
/** Whether each factory of the unit is a Synapse workspace, as the rules see it. */
const synapseOf = (unit: ValidationUnit) => {
  let seen: boolean[] = [];
  const probe: Rule = { id: 'test/probe', armTtk: null, severity: 'note', description: '', helpUri: '', check: (context) => void (seen = factoryModel(context).factories.map((f) => f.synapse === true)) };
  check(probe, unit);
  return seen;
};

describe('Synapse workspace Git folders', () => {
  test('are told by a file typed Microsoft.Synapse/workspaces/... or by a folder only Synapse writes', () => {
    expect(synapseOf(memoryUnit({ 'linkedService/ws-WorkspaceDefaultStorage.json': lake('ws-WorkspaceDefaultStorage', true) }))).toEqual([true]);
    expect(synapseOf(memoryUnit({ 'linkedService/Lake.json': lake('Lake', false), 'notebook/Clean.json': json({ name: 'Clean', properties: {} }) }))).toEqual([true]);
    expect(synapseOf(memoryUnit({ 'linkedService/Lake.json': lake('Lake', false), 'factory/contoso.json': json({ name: 'contoso' }) }))).toEqual([false]);
    // Each root on its own: a factory beside a workspace stays a factory.
    const both = memoryUnit({ 'adf/linkedService/Lake.json': lake('Lake', false), 'synapse/linkedService/Lake.json': lake('Lake', false), 'synapse/sqlscript/Q.json': json({ name: 'Q' }) });
    expect(synapseOf(both)).toEqual([false, true]);
    expect(hasSynapseFolders(['a/notebook/N.json', 'b/pipeline/P.json'], 'b')).toBe(false);
    expect(hasSynapseFolders(['notebook.json'], '')).toBe(false);
  });

  test("the workspace's own default linked services keep the dash the service gave them", () => {
    const files = {
      'linkedService/contoso-ws-WorkspaceDefaultStorage.json': lake('contoso-ws-WorkspaceDefaultStorage', true),
      'linkedService/contoso-ws-WorkspaceDefaultSqlServer.json': lake('contoso-ws-WorkspaceDefaultSqlServer', true),
    };
    expect(check(nameRulesRule, memoryUnit(files))).toEqual([]);
  });

  test('other dashed names are still errors there, and the default names are errors in a data factory', () => {
    const workspace = memoryUnit({ 'linkedService/raw-lake.json': lake('raw-lake', true) });
    expect(check(nameRulesRule, workspace).map((f) => f.message)).toEqual([
      "The name of linked service 'raw-lake' holds a dash, which linked service, dataset and data flow names may not contain; use an underscore.",
    ]);
    const factory = memoryUnit({ 'linkedService/ws-WorkspaceDefaultStorage.json': lake('ws-WorkspaceDefaultStorage', false) });
    expect(check(nameRulesRule, factory)).toHaveLength(1);
  });

  test('SqlPoolStoredProcedure is a Synapse activity type, unknown to Data Factory', () => {
    const workspace = memoryUnit({ 'pipeline/Load.json': pipeline('SqlPoolStoredProcedure'), 'sqlscript/Setup.json': json({ name: 'Setup' }) });
    expect(check(activityTypeRule, workspace)).toEqual([]);
    const factory = memoryUnit({ 'pipeline/Load.json': pipeline('SqlPoolStoredProcedure') });
    expect(check(activityTypeRule, factory).map((f) => f.message)).toEqual([expect.stringContaining("has type 'SqlPoolStoredProcedure', which is not a Data Factory activity type")]);
  });
});
