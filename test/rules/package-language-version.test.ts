import { languageVersionRule } from '../../shared/validate/rules/package/language-version.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

function template(extra: string): string {
  return `{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n${extra}  "contentVersion": "1.0.0.0",\n  "resources": []\n}\n`;
}

describe('package/language-version', () => {
  test('a template without languageVersion, or with 1.0, passes', () => {
    expect(check(languageVersionRule, memoryUnit({ 'mainTemplate.json': template('') }))).toEqual([]);
    expect(check(languageVersionRule, memoryUnit({ 'mainTemplate.json': template('  "languageVersion": "1.0",\n') }))).toEqual([]);
  });

  test('languageVersion 2.0 is an error at the property', () => {
    const findings = check(languageVersionRule, memoryUnit({ 'mainTemplate.json': template('  "languageVersion": "2.0",\n') }));
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'package/language-version', severity: 'error', file: 'app/mainTemplate.json', line: 3, column: 3 })]);
    expect(findings[0]!.message).toContain("languageVersion '2.0' is not accepted");
  });

  test('an odd value type is still reported, without throwing', () => {
    const findings = check(languageVersionRule, memoryUnit({ 'mainTemplate.json': template('  "languageVersion": 2,\n') }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('languageVersion 2 ');
    expect(check(languageVersionRule, memoryUnit({ 'mainTemplate.json': template('  "languageVersion": {"a": [1]},\n') }))).toHaveLength(1);
  });

  test('only the template is checked', () => {
    expect(check(languageVersionRule, memoryUnit({ 'nested/other.json': template('  "languageVersion": "2.0",\n') }, { kind: 'folder' }))).toEqual([]);
  });
});
