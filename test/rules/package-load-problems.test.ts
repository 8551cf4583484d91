import { readableRule } from '../../shared/validate/rules/package/readable.js';
import { unsafePathRule } from '../../shared/validate/rules/package/unsafe-path.js';
import { check, memoryUnit } from '../helpers/memory-unit.js';

const problems = [
  { ruleId: 'package/unsafe-path', display: 'app.zip/../evil.json', message: 'outside' },
  { ruleId: 'package/readable', display: 'app.zip', message: 'corrupt' },
];

describe('rules that report load problems', () => {
  test('each reports only the problems of its id, at line 1, column 1 of their path', () => {
    const unit = memoryUnit({ 'mainTemplate.json': '{}' }, { kind: 'zip', loadProblems: problems });
    expect(check(unsafePathRule, unit)).toEqual([expect.objectContaining({ ruleId: 'package/unsafe-path', file: 'app.zip/../evil.json', line: 1, column: 1, message: 'outside' })]);
    expect(check(readableRule, unit)).toEqual([expect.objectContaining({ ruleId: 'package/readable', file: 'app.zip', message: 'corrupt' })]);
  });

  test('a unit without problems has no findings', () => {
    const unit = memoryUnit({ 'mainTemplate.json': '{}' }, { kind: 'zip' });
    expect(check(unsafePathRule, unit)).toEqual([]);
    expect(check(readableRule, unit)).toEqual([]);
  });
});
