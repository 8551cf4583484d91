import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GDC_DATASETS, gdcDataset } from '../../shared/validate/rules/gdc/gdc-datasets.js';
import { dateFilterRule } from '../../shared/validate/rules/gdc/date-filter.js';
import { knownTableRule } from '../../shared/validate/rules/gdc/known-table.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const FIXTURE = 'test/fixtures/rules/gdc--known-table';

/** The fixture's factory (a copy without a date filter), reading the given table. */
function factory(table: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const kind of readdirSync(FIXTURE)) {
    for (const file of readdirSync(path.join(FIXTURE, kind))) files[`${kind}/${file}`] = readFileSync(path.join(FIXTURE, kind, file), 'utf8');
  }
  files['dataset/Office365Messages.json'] = files['dataset/Office365Messages.json']!.replace('"BasicDataSet_v0.Messages_v1"', JSON.stringify(table));
  return files;
}

const warnings = (table: string) => check(knownTableRule, memoryUnit(factory(table))).map((f) => f.message);

describe('gdc/known-table: the current catalogue', () => {
  test.each([
    'BasicDataSet_v0.TeamChat_v2',
    'BasicDataSet_v0.SharePointSites_v1',
    'BasicDataSet_v0.SharePointPermissions_v1',
    'BasicDataSet_v0.MailFolder_v2',
    'BasicDataSet_v0.ConferenceRoomCalendar_v0',
    'VivaInsightsDataset_PersonReport_v1',
    'SharePointSitesDataset_v0_Preview',
  ])('%s is known', (table) => {
    expect(warnings(table)).toEqual([]);
  });

  test('datasets listed without their family, with no sample to settle it, are taken both ways', () => {
    for (const table of ['OutlookMailActivity_v0', 'BasicDataSet_v0.OutlookMailActivity_v0', 'LicenseDetails_v0', 'BasicDataSet_v0.PlannerTasks_v0']) expect(warnings(table)).toEqual([]);
  });

  test('a dataset every sample writes with BasicDataSet_v0. is still reported without it, pointing at the full name', () => {
    expect(warnings('Message_v1')).toEqual([
      "Dataset 'Office365Messages' reads table 'Message_v1', which is not a Graph Data Connect dataset mapp knows. The closest known dataset is 'BasicDataSet_v0.Message_v1'.",
    ]);
    expect(warnings('Mesage_v1')).toEqual([
      "Dataset 'Office365Messages' reads table 'Mesage_v1', which is not a Graph Data Connect dataset mapp knows. The closest known dataset is 'BasicDataSet_v0.Message_v1'.",
    ]);
    // The family written with another separator.
    expect(warnings('BasicDataSet_v0_Message_v1')[0]).toContain("The closest known dataset is 'BasicDataSet_v0.Message_v1'.");
    // The fixture's own typo, with the family written: compared with full names.
    expect(warnings('BasicDataSet_v0.Messages_v1')[0]).toContain("The closest known dataset is 'BasicDataSet_v0.Message_v1'.");
  });

  test('SentItems, as the catalogue now spells it, is the SentItem dataset: it needs the same date filter, and messages name it as written', () => {
    expect(gdcDataset('BasicDataSet_v0.SentItems_v1')).toBe(gdcDataset('BasicDataSet_v0.SentItem_v1'));
    expect(warnings('BasicDataSet_v0.SentItems_v1')).toEqual([]);
    const files = factory('BasicDataSet_v0.SentItems_v1');
    files['pipeline/CopyMessages.json'] = files['pipeline/CopyMessages.json']!.replace('"dateFilterColumn": "CreatedDateTime"', '"dateFilterColumn": "StartDateTime"');
    expect(check(dateFilterRule, memoryUnit(files)).map((f) => f.message)).toEqual([
      "Copy activity 'CopyMessages' reads BasicDataSet_v0.SentItems_v1, which cannot be filtered on 'StartDateTime'; use one of CreatedDateTime, LastModifiedDateTime, ReceivedDateTime, SentDateTime.",
    ]);
  });

  test('no name or alias is listed twice', () => {
    const names = GDC_DATASETS.flatMap((d) => [d.name, ...(d.aliases ?? [])].map((n) => n.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
  });
});
