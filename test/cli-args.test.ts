import { validateCommand } from '../shared/commands/validate.js';
import { readSettings } from '../shared/commands/settings.js';
import { UsageError } from '../shared/commands/usage-error.js';
import { parseArgs } from '../cli/src/parse-args.js';
import { commandHelp } from '../cli/src/help.js';

const settings = (argv: string[]) => readSettings(validateCommand, parseArgs(validateCommand, argv));

describe('CLI flags come from the command definition', () => {
  test('bare arguments fill the positional list; defaults apply', () => {
    expect(settings(['app', 'other/app.zip'])).toEqual({
      path: ['app', 'other/app.zip'],
      format: 'text',
      output: undefined,
      'sarif-file': undefined,
      'fail-on': 'error',
      only: [],
      skip: [],
    });
  });

  test('long, short and = forms; list flags repeat and split on commas', () => {
    const parsed = settings(['-f', 'sarif', '--output=out.sarif', '--skip', 'a,b', '--skip', 'c', '--fail-on', 'WARNING', '--', '-odd-dir']);
    expect(parsed).toMatchObject({ format: 'sarif', output: 'out.sarif', skip: ['a', 'b', 'c'], 'fail-on': 'warning', path: ['-odd-dir'] });
  });

  test('unknown options and missing values are usage errors naming the option', () => {
    expect(() => settings(['--nope'])).toThrow(new UsageError("Unknown option --nope for mapp validate. Run 'mapp validate --help' for its options."));
    expect(() => settings(['--format'])).toThrow(UsageError);
    expect(() => settings(['--format', 'xml'])).toThrow("option --format must be one of text, json, sarif, markdown; got 'xml'.");
  });

  test('help lists every non-positional input as a flag', () => {
    const help = commandHelp(validateCommand);
    for (const flag of ['--format', '--output', '--sarif-file', '--fail-on', '--only', '--skip']) expect(help).toContain(flag);
  });
});
