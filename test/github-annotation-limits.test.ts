import { ANNOTATION_LIMITS, hiddenAnnotations } from '../actions/src/github-host.js';

describe('what the GitHub face says about annotations it did not make', () => {
  test('nothing while every kind is within what a step shows', () => {
    expect(hiddenAnnotations({ ...ANNOTATION_LIMITS })).toBeUndefined();
  });

  test.each([
    [{ error: 10, warning: 0, note: 0 }, '1 of the errors is not annotated'],
    [{ error: 0, warning: 13, note: 0 }, '4 of the warnings are not annotated'],
    [{ error: 12, warning: 10, note: 0 }, '3 of the errors and 1 of the warnings are not annotated'],
    [{ error: 9, warning: 9, note: 12 }, '2 of the notices are not annotated'],
    [{ error: 11, warning: 12, note: 13 }, '2 of the errors, 3 of the warnings and 3 of the notices are not annotated'],
  ])('%o: %s', (counts, expected) => {
    expect(hiddenAnnotations(counts)).toBe(`GitHub shows 10 annotations of each kind per step: ${expected} on the files. This step's log, or the report it wrote, lists them.`);
  });

  test("one error slot is left for the line that fails the step, one warning slot for the step's own warning", () => {
    expect(ANNOTATION_LIMITS).toEqual({ error: 9, warning: 9, note: 10 });
  });
});
