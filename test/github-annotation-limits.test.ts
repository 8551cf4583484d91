import { annotationSlots, hiddenAnnotations } from '../actions/src/github-host.js';

describe('what the GitHub face says about annotations it did not make', () => {
  const failing = annotationSlots(0, true);

  test('nothing while every kind fits the slots left', () => {
    expect(hiddenAnnotations({ error: 9, warning: 10, note: 10 }, failing)).toBeUndefined();
  });

  test.each([
    [{ error: 10, warning: 0, note: 0 }, '1 of the errors is not annotated'],
    [{ error: 0, warning: 13, note: 0 }, '3 of the warnings are not annotated'],
    [{ error: 12, warning: 11, note: 0 }, '3 of the errors and 1 of the warnings are not annotated'],
    [{ error: 9, warning: 10, note: 12 }, '2 of the notices are not annotated'],
    [{ error: 11, warning: 12, note: 13 }, '2 of the errors, 2 of the warnings and 3 of the notices are not annotated'],
  ])('%o: %s', (counts, expected) => {
    expect(hiddenAnnotations(counts, failing)).toBe(`GitHub shows 10 annotations of each kind per step: ${expected} on the files. This step's log, or the report it wrote, lists them.`);
  });

  test("the slots left: one error fewer when the step fails, one warning fewer per warning line of the step's own", () => {
    expect(annotationSlots(0, false)).toEqual({ error: 10, warning: 10, note: 10 });
    expect(annotationSlots(2, true)).toEqual({ error: 9, warning: 8, note: 10 });
    expect(annotationSlots(12, false).warning).toBe(0);
  });
});
