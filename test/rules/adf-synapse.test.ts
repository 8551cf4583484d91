import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { factoryModel } from '../../shared/validate/datafactory/factory-model.js';
import { synapseFolders } from '../../shared/validate/datafactory/git-layout.js';
import { activityTypeRule } from '../../shared/validate/rules/adf/activity-type.js';
import { nameRulesRule } from '../../shared/validate/rules/adf/name-rules.js';
import { objectShapeRule } from '../../shared/validate/rules/adf/object-shape.js';
import { referenceExistsRule } from '../../shared/validate/rules/adf/reference-exists.js';
import { noBlanksRule } from '../../shared/validate/rules/template/no-blanks.js';
import { at } from '../helpers/cuid-harness.js';
import type { Rule } from '../../shared/validate/rule.js';
import { collectFindings } from '../../shared/validate/validate.js';
import type { ValidationUnit } from '../../shared/validate/unit.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';
import { findingsFor } from '../helpers/validate-fixture.js';

const json = (value: unknown) => JSON.stringify(value, null, 2);
/** A linked service file as Synapse writes it (`synapse`: with its top-level type) or as Data Factory does. */
const lake = (name: string, synapse: boolean) =>
  json({
    name,
    ...(synapse ? { type: 'Microsoft.Synapse/workspaces/linkedservices' } : {}),
    properties: { type: 'AzureBlobFS', typeProperties: { url: 'https://contoso.dfs.core.windows.net' }, connectVia: { referenceName: 'AutoResolveIntegrationRuntime', type: 'IntegrationRuntimeReference' } },
  });
const pipeline = (type: string) => json({ name: 'Load', properties: { activities: [{ name: 'Merge', type, typeProperties: { storedProcedureName: 'dbo.merge' } }] } });
const hasSynapseFolders = (paths: string[], root: string) => synapseFolders(paths, root).size > 0;

/** Whether each factory of the unit is a Synapse workspace, as the rules see it. */
const synapseOf = (unit: ValidationUnit) => {
  let seen: boolean[] = [];
  const probe: Rule = { id: 'test/probe', armTtk: null, severity: 'note', description: '', helpUri: '', check: (context) => void (seen = factoryModel(context).factories.map((f) => f.synapse === true)) };
  check(probe, unit);
  return seen;
};

describe('Synapse workspace Git folders', () => {
  test('the realistic workspace fixture (polling loop, notebook, SQL pool procedure, default linked services) validates clean with every rule', () => {
    expect(findingsFor('test/fixtures/synapse-workspace').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message}`)).toEqual([]);
  });

  test('are told by a file typed Microsoft.Synapse/workspaces/... or by a folder only Synapse writes', () => {
    expect(synapseOf(memoryUnit({ 'linkedService/ws-WorkspaceDefaultStorage.json': lake('ws-WorkspaceDefaultStorage', true) }))).toEqual([true]);
    expect(synapseOf(memoryUnit({ 'linkedService/Lake.json': lake('Lake', false), 'notebook/Clean.json': json({ name: 'Clean', properties: {} }) }))).toEqual([true]);
    expect(synapseOf(memoryUnit({ 'linkedService/Lake.json': lake('Lake', false), 'factory/contoso.json': json({ name: 'contoso' }) }))).toEqual([false]);
    // Each root on its own: a factory beside a workspace stays a factory.
    const both = memoryUnit({ 'adf/linkedService/Lake.json': lake('Lake', false), 'synapse/linkedService/Lake.json': lake('Lake', false), 'synapse/sqlscript/Q.json': json({ name: 'Q' }) });
    expect(synapseOf(both)).toEqual([false, true]);
    expect(hasSynapseFolders(['a/notebook/N.json', 'b/pipeline/P.json'], 'b')).toBe(false);
    expect(hasSynapseFolders(['notebook.json'], '')).toBe(false);
    // A factory's repository may keep Databricks notebooks in a notebook/ folder of its own.
    expect(hasSynapseFolders(['pipeline/P.json', 'notebook/clean.py', 'notebook/score.ipynb'], '')).toBe(false);
    expect(hasSynapseFolders(['pipeline/P.json', 'notebook/Clean.json'], '')).toBe(true);
    expect(synapseFolders(['ws/Notebook/Clean.json', 'ws/sqlscript/Q.json', 'ws/notebook/deep/X.json', 'ws/pipeline/P.json'], 'ws')).toEqual(
      new Map([
        ['notebook', ['Clean']],
        ['sqlscript', ['Q']],
      ]),
    );
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
    // A single file says what it is by its type.
    const folder = mkdtempSync(path.join(os.tmpdir(), 'mapp-synapse-'));
    try {
      const single = path.join(folder, 'Load.json');
      writeFileSync(single, JSON.stringify({ ...JSON.parse(pipeline('SqlPoolStoredProcedure')), type: 'Microsoft.Synapse/workspaces/pipelines' }, null, 2));
      expect(collectFindings(process.cwd(), [single], [activityTypeRule])).toEqual([]);
      writeFileSync(single, pipeline('SqlPoolStoredProcedure'));
      expect(collectFindings(process.cwd(), [single], [activityTypeRule])).toHaveLength(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    const factory = memoryUnit({ 'pipeline/Load.json': pipeline('SqlPoolStoredProcedure') });
    expect(check(activityTypeRule, factory).map((f) => f.message)).toEqual([expect.stringContaining("has type 'SqlPoolStoredProcedure', which is not a Data Factory activity type")]);
  });

  test('a dedicated SQL pool table dataset names its pool instead of a linked service', () => {
    const table = (pool: boolean, synapse = true) =>
      json({
        name: 'Scores',
        ...(synapse ? { type: 'Microsoft.Synapse/workspaces/datasets' } : {}),
        properties: { type: 'SqlPoolTable', typeProperties: { schema: 'gold', table: 'scores' }, ...(pool ? { sqlPool: { referenceName: 'warehouse', type: 'SqlPoolReference' } } : {}) },
      });
    expect(check(objectShapeRule, memoryUnit({ 'dataset/Scores.json': table(true) }))).toEqual([]);
    expect(check(objectShapeRule, memoryUnit({ 'dataset/Scores.json': table(false) })).map((f) => f.message)).toEqual(["Dataset 'Scores' has no properties.sqlPool; add it."]);
    // A data factory has no SQL pools of its own: the dataset needs its linked service there.
    expect(check(objectShapeRule, memoryUnit({ 'dataset/Scores.json': table(true, false) })).map((f) => f.message)).toEqual(["Dataset 'Scores' has no properties.linkedServiceName; add it."]);
  });

  test("a workspace's publish template is Synapse's to deploy, not ARM's: the template tests leave it alone", () => {
    const template = (type: string) =>
      json({
        $schema: 'http://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        parameters: { workspaceName: { type: 'string' } },
        resources: [{ name: "[concat(parameters('workspaceName'), '/Load')]", type, apiVersion: '2019-06-01-preview', properties: { activities: [], annotations: {} } }],
      });
    const files = { 'pipeline/Load.json': pipeline('Wait'), 'publish/TemplateForWorkspace.json': template('Microsoft.Synapse/workspaces/pipelines') };
    expect(check(noBlanksRule, memoryUnit(files))).toEqual([]);
    // The same empty property in a deployable template is reported.
    const arm = { ...files, 'publish/TemplateForWorkspace.json': template('Microsoft.DataFactory/factories/pipelines') };
    expect(check(noBlanksRule, memoryUnit(arm))).toHaveLength(2);
  });

  describe('notebook and Spark job definition references', () => {
    const run = (name: string, type = 'NotebookReference') =>
      json({
        name: 'Refine',
        type: 'Microsoft.Synapse/workspaces/pipelines',
        properties: {
          activities: [
            type === 'NotebookReference'
              ? { name: 'Clean', type: 'SynapseNotebook', typeProperties: { notebook: { referenceName: name, type } } }
              : { name: 'Score', type: 'SparkJob', typeProperties: { sparkJob: { referenceName: name, type } } },
          ],
        },
      });
    const notebook = json({ name: 'CleanMessages', type: 'Microsoft.Synapse/workspaces/notebooks', properties: { cells: [{ cell_type: 'code', source: ['@udf\n'] }] } });
    const job = json({ name: 'ScoreSentiment', type: 'Microsoft.Synapse/workspaces/sparkJobDefinitions', properties: {} });

    test('name a notebook or job definition of the workspace, in any case', () => {
      const files = { 'notebook/CleanMessages.json': notebook, 'sparkJobDefinition/ScoreSentiment.json': job };
      expect(check(referenceExistsRule, memoryUnit({ ...files, 'pipeline/Refine.json': run('cleanmessages') }))).toEqual([]);
      expect(check(referenceExistsRule, memoryUnit({ ...files, 'pipeline/Refine.json': run('ScoreSentiment', 'SparkJobDefinitionReference') }))).toEqual([]);
    });

    test('a missing one is an error at its name, with the close name', () => {
      const text = run('CleanMessage');
      expect(check(referenceExistsRule, memoryUnit({ 'notebook/CleanMessages.json': notebook, 'pipeline/Refine.json': text }))).toEqual([
        expect.objectContaining({ ...at(text, '"referenceName"'), message: "Activity 'Clean' of pipeline 'Refine' references notebook 'CleanMessage', which its workspace does not define. Did you mean 'CleanMessages'?" }),
      ]);
      const other = run('Train', 'SparkJobDefinitionReference');
      expect(check(referenceExistsRule, memoryUnit({ 'sparkJobDefinition/ScoreSentiment.json': job, 'pipeline/Refine.json': other })).map((f) => f.message)).toEqual([
        "Activity 'Score' of pipeline 'Refine' references Spark job definition 'Train', which its workspace does not define. Add the Spark job definition or fix the name.",
      ]);
    });

    test('are left alone without the folder (a partial copy) and in a data factory, whose notebooks live in a workspace', () => {
      expect(check(referenceExistsRule, memoryUnit({ 'pipeline/Refine.json': run('Anything') }))).toEqual([]);
      const adf = JSON.parse(run('Anything')) as { type?: string };
      delete adf.type;
      expect(check(referenceExistsRule, memoryUnit({ 'pipeline/Refine.json': json(adf), 'dataset/D.json': json({ name: 'D', properties: { type: 'Json', linkedServiceName: { referenceName: 'L', type: 'LinkedServiceReference' } } }), 'linkedService/L.json': lake('L', false) }))).toEqual([]);
    });
  });
});
