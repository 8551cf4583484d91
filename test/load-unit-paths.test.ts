import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { displayBelow, displayPath, loadUnit } from '../shared/validate/load-unit.js';
import { loadZip } from '../shared/validate/load-zip.js';

describe('the paths of a folder unit', () => {
  let base: string;
  const app = () => path.join(base, 'work', 'app');
  beforeAll(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'mapp-paths-'));
    for (const [file, text] of [
      ['pipeline/P.json', '{"name": "P", "properties": {"activities": []}}'],
      ['dataset/deeper/D.json', '{"name": "D", "properties": {"type": "Json"}}'],
      ['..odd/x.json', '{}'],
    ] as const) {
      mkdirSync(path.dirname(path.join(app(), file)), { recursive: true });
      writeFileSync(path.join(app(), file), text);
    }
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  // Wherever the working directory is, each file's display path is the one `displayPath` gives.
  it.each([
    ['the folder itself', () => app()],
    ['its parent', () => path.join(base, 'work')],
    ['a sibling folder', () => path.join(base, 'elsewhere')],
    ['a folder inside it', () => path.join(app(), 'pipeline')],
    ['a folder inside it whose name starts with two dots', () => path.join(app(), '..odd')],
  ])('with the working directory at %s', (_where, workingDirectory) => {
    const unit = loadUnit(workingDirectory(), app(), loadZip);
    expect(unit.files.map((f) => f.path)).toEqual(['..odd/x.json', 'dataset/deeper/D.json', 'pipeline/P.json']);
    expect(unit.files.map((f) => f.display)).toEqual(unit.files.map((f) => displayPath(workingDirectory(), path.join(app(), ...f.path.split('/')))));
  });

  it('shows files under the working directory without a leading ./', () => {
    expect(loadUnit(app(), '.', loadZip).files.map((f) => f.display)).toEqual(['..odd/x.json', 'dataset/deeper/D.json', 'pipeline/P.json']);
  });

  it.each([
    ['D:/', 'pipeline/P.json', 'D:/pipeline/P.json'],
    ['//server/share/', 'a.json', '//server/share/a.json'],
    ['../app', 'a.json', '../app/a.json'],
    ['.', 'a.json', 'a.json'],
  ])('joins the display path %s and %s without a doubled or leading separator', (folder, relative, expected) => {
    expect(displayBelow(folder, relative)).toBe(expected);
  });
});

describe('a folder that is neither an app nor a factory', () => {
  let base: string;
  beforeAll(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'mapp-loose-'));
    mkdirSync(path.join(base, 'loose'));
    writeFileSync(path.join(base, 'loose', 'o365dataload_users.json'), '{"name": "o365dataload_users", "properties": {"activities": []}}');
    mkdirSync(path.join(base, 'empty', 'docs'), { recursive: true });
    writeFileSync(path.join(base, 'empty', 'docs', 'notes.md'), '# notes');
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('is refused; loose JSON files at its root get the command that checks them one by one', () => {
    expect(() => loadUnit(base, 'loose', loadZip)).toThrow(/no Data Factory folders .* Its JSON files at the root can be checked one by one: give them as files \(mapp validate loose\/\*\.json\)\.$/);
    expect(() => loadUnit(base, 'empty', loadZip)).toThrow(/a built \.zip, or a single JSON file\.$/);
  });
});

describe("one part of a factory's Git integration", () => {
  let base: string;
  const lake = { name: 'Lake', properties: { type: 'AzureBlobFS', typeProperties: { url: 'https://contoso.dfs.core.windows.net' } } };
  beforeAll(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'mapp-part-'));
    for (const folder of ['factory/pipeline', 'factory/linkedService', 'factory/integrationRuntime', 'factory/trigger', 'factory/factory', 'factory/managedVirtualNetwork', 'elsewhere', 'app/pipeline', 'loose/factory', 'ci/pipeline']) mkdirSync(path.join(base, folder), { recursive: true });
    writeFileSync(path.join(base, 'loose/factory/Copy.json'), '{"name": "Copy", "properties": {"activities": []}}');
    writeFileSync(path.join(base, 'ci/pipeline/build.yml'), 'steps: []');
    writeFileSync(path.join(base, 'factory/trigger/Copy.json'), '{"name": "Copy", "properties": {"activities": []}}');
    writeFileSync(path.join(base, 'app/pipeline/mainTemplate.json'), '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0", "resources": []}');
    writeFileSync(path.join(base, 'factory/factory/contoso-adf.json'), '{"name": "contoso-adf", "location": "westeurope", "identity": {"type": "SystemAssigned"}}');
    writeFileSync(path.join(base, 'factory/managedVirtualNetwork/default.json'), '{"name": "default", "type": "Microsoft.DataFactory/factories/managedvirtualnetworks"}');
    writeFileSync(path.join(base, 'factory/pipeline/P.json'), '{"name": "P", "properties": {"activities": []}}');
    writeFileSync(path.join(base, 'factory/linkedService/Lake.json'), JSON.stringify(lake));
    writeFileSync(path.join(base, 'factory/integrationRuntime/Runtime.json'), '{"name": "Runtime", "properties": {"type": "Managed"}}');
    writeFileSync(path.join(base, 'elsewhere/Lake.json'), JSON.stringify(lake));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('a kind folder given alone is refused with its factory folder as the thing to give', () => {
    expect(() => loadUnit(base, 'factory/pipeline', loadZip)).toThrow(/It looks like the pipeline\/ folder of a factory's Git integration: give the factory's folder \(mapp validate factory\)\.$/);
    // Not a folder named factory/ holding loose pipelines, nor a pipeline/ folder of YAML.
    expect(() => loadUnit(base, 'loose/factory', loadZip)).toThrow(/give them as files \(mapp validate loose\/factory\/\*\.json\)\.$/);
    expect(() => loadUnit(base, 'ci/pipeline', loadZip)).toThrow(/a built \.zip, or a single JSON file\.$/);
  });

  it('a linked service or integration runtime file is read as what its folder holds; the same file elsewhere still cannot be told', () => {
    expect(loadUnit(base, 'factory/linkedService/Lake.json', loadZip)).toMatchObject({ kind: 'file', dataFactory: { roots: [] } });
    expect(loadUnit(base, 'factory/integrationRuntime/Runtime.json', loadZip)).toMatchObject({ kind: 'file', dataFactory: { roots: [] } });
    expect(() => loadUnit(base, 'elsewhere/Lake.json', loadZip)).toThrow(/Cannot tell what elsewhere\/Lake\.json is/);
  });

  it('knows the factory folder of a file in the layout, also given from inside its folder, and of nothing else', () => {
    expect(loadUnit(base, 'factory/linkedService/Lake.json', loadZip).dataFactory?.placed).toEqual({ kind: 'linkedService', factoryFolder: 'factory' });
    expect(loadUnit(path.join(base, 'factory/linkedService'), 'Lake.json', loadZip).dataFactory?.placed).toEqual({ kind: 'linkedService', factoryFolder: '..' });
    expect(loadUnit(path.join(base, 'factory'), 'pipeline/P.json', loadZip).dataFactory?.placed).toEqual({ kind: 'pipeline', factoryFolder: '.' });
  });

  it("content comes before the folder: a pipeline in factory/ or trigger/ is a pipeline, a template in pipeline/ a template", () => {
    expect(loadUnit(base, 'factory/trigger/Copy.json', loadZip)).toMatchObject({ kind: 'file', otherJson: [expect.anything()] });
    expect(loadUnit(base, 'app/pipeline/mainTemplate.json', loadZip)).toMatchObject({ kind: 'file', template: expect.anything() });
    expect(loadUnit(base, 'app/pipeline/mainTemplate.json', loadZip).dataFactory).toBeUndefined();
  });

  it("the Git integration's settings files given alone are read for their JSON, not refused", () => {
    writeFileSync(path.join(base, 'publish_config.json'), '{"publishBranch": "factory/adf_publish"}');
    writeFileSync(path.join(base, 'arm-template-parameters-definition.json'), '{"Microsoft.DataFactory/factories/pipelines": {}}');
    expect(loadUnit(base, 'publish_config.json', loadZip)).toMatchObject({ kind: 'file', otherJson: [expect.anything()] });
    expect(loadUnit(base, 'arm-template-parameters-definition.json', loadZip)).toMatchObject({ kind: 'file', otherJson: [expect.anything()] });
  });

  it('a pipeline kept loose in a folder named factory/ is a pipeline, not placed in a factory', () => {
    const unit = loadUnit(base, 'loose/factory/Copy.json', loadZip);
    expect(unit.dataFactory).toEqual({ roots: [] });
  });

  it("a factory's own file and its managed virtual network need no properties", () => {
    expect(loadUnit(base, 'factory/factory/contoso-adf.json', loadZip).dataFactory?.placed?.kind).toBe('factory');
    expect(loadUnit(base, 'factory/managedVirtualNetwork/default.json', loadZip).dataFactory?.placed?.kind).toBe('managedVirtualNetwork');
  });
});
