import { JsonDocument } from '../shared/validate/json-document.js';

/** Line and column of an offset the way JsonDocument found them before: every line start of the file, then a search. */
function referencePosition(text: string, offset: number): { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10) {
      starts.push(i + 1);
    }
  }
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return { line: line + 1, column: offset - starts[line]! + 1 };
}

describe('JsonDocument.positionAt scans only as far as asked, with the same answers', () => {
  test('LF, CR LF and lone CR endings, offsets asked in any order', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pieces = ['a', 'bc', ' ', '\n', '\r\n', '\r', '"x"', '\n\n', '\r\r\n'];
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: Math.floor(random() * 60) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const document = new JsonDocument('case.json', text);
      const offsets = Array.from({ length: 12 }, () => Math.floor(random() * (text.length + 3)));
      for (const offset of offsets) {
        expect({ text, offset, ...document.positionAt(offset) }).toEqual({ text, offset, ...referencePosition(text, offset) });
      }
    }
  });

  test('a CR LF split across two questions counts once', () => {
    const document = new JsonDocument('case.json', '{\r\n"a": 1}');
    expect(document.positionAt(1)).toEqual({ line: 1, column: 2 });
    expect(document.positionAt(2)).toEqual({ line: 1, column: 3 });
    expect(document.positionAt(3)).toEqual({ line: 2, column: 1 });
    expect(document.positionAt(10)).toEqual({ line: 2, column: 8 });
  });
});
