import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateCommand } from '../shared/commands/validate.js';
import { runCommand } from '../shared/commands/run-command.js';
import { validate } from '../shared/validate/validate.js';
import { FakeHost } from './helpers/fake-host.js';
import { FIXTURES } from './helpers/validate-fixture.js';

function inputs(values: Record<string, string>) {
  return { get: (name: string) => values[name], describe: (name: string) => `input '${name}'` };
}

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'mapp-validate-'));
}

describe('validate use case', () => {
  test('a missing path is a usage error with exit code 2 that names the path', async () => {
    const host = new FakeHost(tempDir());
    const result = await runCommand(host, validateCommand, inputs({ path: 'no-such-app' }), validate);
    expect(result.exitCode).toBe(2);
    expect(result.message).toContain('no-such-app');
  });

  test('an unknown fail-on value is a usage error naming the input', async () => {
    const host = new FakeHost(tempDir());
    const result = await runCommand(host, validateCommand, inputs({ 'fail-on': 'sometimes' }), validate);
    expect(result).toEqual({ exitCode: 2, message: "input 'fail-on' must be one of error, warning, never; got 'sometimes'." });
  });

  test('a report written to a folder is a usage error that says so', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'reports'));
    const host = new FakeHost(dir);
    const result = await runCommand(host, validateCommand, inputs({ path: path.join(FIXTURES, 'adf-factory'), format: 'json', output: 'reports' }), validate);
    expect(result).toEqual({ exitCode: 2, message: `Cannot write the json report to ${path.join(dir, 'reports')}: it is a folder; give the path of a file.` });
    writeFileSync(path.join(dir, 'afile'), 'x');
    const through = await runCommand(host, validateCommand, inputs({ path: path.join(FIXTURES, 'adf-factory'), format: 'json', output: 'afile/report.json' }), validate);
    expect(through).toEqual({ exitCode: 2, message: `Cannot write the json report to ${path.join(dir, 'afile/report.json')}: a part of that path is a file, not a folder.` });
  });

  test('an unknown rule name is a usage error naming the input, with the closest rule id or arm-ttk name', async () => {
    const host = new FakeHost(FIXTURES);
    const result = await runCommand(host, validateCommand, inputs({ path: 'adf-factory', skip: 'adf/refrence-exists, Tooltips-Shuld-Be-Present, nothing-like-it' }), validate);
    expect(result).toEqual({
      exitCode: 2,
      message:
        "Unknown rule in input 'skip': 'adf/refrence-exists' (did you mean 'adf/reference-exists'?), 'Tooltips-Shuld-Be-Present' (did you mean 'Tooltips-Should-Be-Present'?), 'nothing-like-it'. Use a rule id such as 'adf/reference-exists' or an arm-ttk test name; https://github.com/mapp-dev/mapp/blob/main/docs/rules.md and 'mapp rules' list them.",
    });
  });

  test("files of a factory's Git integration given alone are checked, with a note that their references are not", async () => {
    const host = new FakeHost(FIXTURES);
    const files = 'adf-factory/linkedService/Office365LinkedService.json\nadf-factory/integrationRuntime/TenantRegionRuntime.json';
    const result = await runCommand(host, validateCommand, inputs({ path: files }), validate);
    expect(result.exitCode).toBe(0);
    expect(host.infos[0]).toBe("2 files of the factory in adf-factory are checked on their own, so their references to the rest of the factory are not resolved; give the factory's folder (adf-factory) to check them too.");
    expect(host.infos.join('\n')).toContain('0 errors, 0 warnings, 0 notes in 2 paths');
    // From inside the factory, one file.
    const inside = new FakeHost(path.join(FIXTURES, 'adf-factory'));
    await runCommand(inside, validateCommand, inputs({ path: 'pipeline/CopyMessages.json' }), validate);
    expect(inside.infos[0]).toBe("pipeline/CopyMessages.json is checked on its own, so its references to the rest of the factory are not resolved; give the factory's folder (the working directory) to check them too.");
  });

  test("Data Factory's publish output is checked by its folder or its files, with the Data Factory rules and not the template rules", async () => {
    const dir = tempDir();
    const published = path.join(dir, 'adf_publish', 'contoso-adf');
    mkdirSync(path.join(published, 'linkedTemplates'), { recursive: true });
    // As the service writes it: an http $schema and concat() ids (template rules would flag both),
    // and one real mistake, a dependsOn naming no activity.
    const template = {
      $schema: 'http://schema.management.azure.com/schemas/2015-01-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { factoryName: { type: 'string', defaultValue: 'contoso-adf' } },
      variables: { factoryId: "[concat('Microsoft.DataFactory/factories/', parameters('factoryName'))]" },
      resources: [
        {
          name: "[concat(parameters('factoryName'), '/Load')]",
          type: 'Microsoft.DataFactory/factories/pipelines',
          apiVersion: '2018-06-01',
          properties: {
            activities: [
              { name: 'Pause', type: 'Wait', dependsOn: [], typeProperties: { waitTimeInSeconds: 1 } },
              { name: 'Later', type: 'Wait', dependsOn: [{ activity: 'Pasue', dependencyConditions: ['Succeeded'] }], typeProperties: { waitTimeInSeconds: 1 } },
            ],
            policy: { elapsedTimeMetrics: {} },
          },
          dependsOn: [],
        },
      ],
    };
    const parameters = { $schema: 'https://schema.management.azure.com/schemas/2015-01-01/deploymentParameters.json#', contentVersion: '1.0.0.0', parameters: { factoryName: { value: 'contoso-adf' } } };
    writeFileSync(path.join(published, 'ARMTemplateForFactory.json'), JSON.stringify(template, null, 4));
    writeFileSync(path.join(published, 'ARMTemplateParametersForFactory.json'), JSON.stringify(parameters, null, 4));
    writeFileSync(path.join(published, 'linkedTemplates', 'ArmTemplate_0.json'), JSON.stringify(template, null, 4));
    const note = "adf_publish/contoso-adf/ARMTemplateForFactory.json is Data Factory's publish output: checked with the Data Factory and Graph Data Connect rules, not the template rules, which judge templates you write (such as an app's mainTemplate.json) and not what the service generates.";
    for (const given of ['adf_publish/contoso-adf', 'adf_publish/contoso-adf/ARMTemplateForFactory.json\nadf_publish/contoso-adf/ARMTemplateParametersForFactory.json']) {
      const host = new FakeHost(dir);
      const result = await runCommand(host, validateCommand, inputs({ path: given }), validate);
      expect(result.exitCode).toBe(1);
      expect(host.infos[0]).toBe(note);
      const report = host.infos.join('\n');
      expect(report).toContain("adf_publish/contoso-adf/ARMTemplateForFactory.json:33:33 error Activity 'Later' depends on 'Pasue'");
      expect(report).not.toContain('template/');
    }
    // The same resources in an app's own template are held to the template rules.
    writeFileSync(path.join(published, 'mainTemplate.json'), JSON.stringify(template, null, 4));
    const app = new FakeHost(dir);
    await runCommand(app, validateCommand, inputs({ path: 'adf_publish/contoso-adf/mainTemplate.json' }), validate);
    expect(app.infos.join('\n')).toContain('[template/schema-correct');
  });

  test('a factory file given alone in its Git folder must still be named after its object', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'factory/dataflow'), { recursive: true });
    writeFileSync(path.join(dir, 'factory/dataflow/bad.json'), JSON.stringify({ name: 'Movies', properties: { type: 'MappingDataFlow', typeProperties: { sources: [], sinks: [], script: '' } } }));
    const host = new FakeHost(dir);
    const result = await runCommand(host, validateCommand, inputs({ path: 'factory/dataflow/bad.json', only: 'adf/file-name' }), validate);
    expect(result.exitCode).toBe(1);
    expect(host.infos.join('\n')).toContain("factory/dataflow/bad.json:1:2 error Data flow 'Movies' is in 'bad.json'");
  });

  test('no note when the factory folder is given too, nor ahead of a JSON or Markdown report on standard output', async () => {
    const withFolder = new FakeHost(FIXTURES);
    await runCommand(withFolder, validateCommand, inputs({ path: 'adf-factory\nadf-factory/pipeline/CopyMessages.json' }), validate);
    expect(withFolder.infos.join('\n')).not.toContain('checked on its own');
    const json = new FakeHost(FIXTURES);
    await runCommand(json, validateCommand, inputs({ path: 'adf-factory/pipeline/CopyMessages.json', format: 'json' }), validate);
    expect(json.infos).toHaveLength(1);
    expect(JSON.parse(json.infos[0]!)).toEqual({ findings: [] });
    const markdown = new FakeHost(FIXTURES);
    await runCommand(markdown, validateCommand, inputs({ path: 'adf-factory/pipeline/CopyMessages.json', format: 'markdown' }), validate);
    expect(markdown.infos).toHaveLength(1);
    expect(markdown.infos[0]).toMatch(/^### mapp validate: passed/);
  });

  test('invalid JSON is reported at its line and column, annotated, counted and fails the run', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'mainTemplate.json'), '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "resources": [,]\n}\n');
    const host = new FakeHost(dir);
    const result = await runCommand(host, validateCommand, inputs({ path: '.', format: 'json', output: 'out/report.json' }), validate);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8'));
    const syntax = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'json/valid');
    expect(syntax[0]).toMatchObject({ armTtk: 'JSONFiles-Should-Be-Valid', severity: 'error', file: 'mainTemplate.json', line: 3, column: 17 });
    expect(host.annotationsMade.some((a) => a.file === 'mainTemplate.json' && a.line === 3)).toBe(true);
    expect(Number(host.outputsSet.errors)).toBeGreaterThanOrEqual(1);
    expect(host.summaries.join('')).toContain('mainTemplate.json:3:17');
  });
});
