// Every text output of the command, fed names, titles and stickies full of control characters:
// none reaches stdout or stderr raw, and no name adds a line to a report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryIo, repoText } from './memory-io.test-support';
import { run } from './program';

const MAP = 'apps/cli/samples/broadband-onboarding.map.json';
const LINKS = 'apps/cli/samples/broadband-onboarding.links.json';
const BOARD = 'tests/fixtures/miro/provided/sample-board.rest.json';

/** Controls a terminal acts on, anywhere; a tab and a CSV's CRLF line ends are data. */
const RAW_CONTROL = /(?![\t\n])\p{Cc}/u;
/** What a terminal report must also never show raw: tabs, bidi controls, separators. */
const RAW_IN_REPORT = /[\t\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;

const hostileUnit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', 'Z', ' ', 'é', '😊', '注', '|', ',', '=', '"') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '\u001b[31m',
      '\u001b]0;owned\u0007',
      '\u009b2J',
      '\n',
      '\r',
      '\t',
      '\u0000',
      '\u007f',
      '\u202e',
      '\u2066',
      '\u2028',
      '\u0008',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);
/** Never empty after trimming, so that the map stays valid and every report is printed. */
const hostileName = fc.array(hostileUnit, { maxLength: 8 }).map((parts) => `n${parts.join('')}`);

const htmlEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Inputs {
  title: string;
  stage: string;
  lane: string;
  item: string;
  pain: string;
  link: string;
}

async function filesFor(inputs: Inputs): Promise<Map<string, string>> {
  const map = JSON.parse(await repoText(MAP));
  map.title = inputs.title;
  map.stages[0].name = inputs.stage;
  map.lanes[0].name = inputs.lane;
  map.items[0].text = inputs.item;
  for (const pain of map.painPoints) pain.title = inputs.pain;
  const links = JSON.parse(await repoText(LINKS));
  for (const link of links) link.title = inputs.link;
  const board = JSON.parse(await repoText(BOARD));
  for (const item of board.data) {
    if (item.type !== 'sticky_note') continue;
    // As Miro would send it (escaped in HTML, with an entity for ESC) and as a careless exporter would.
    item.data.content = `<p>${htmlEscape(inputs.item)}&#27;[2J&#x9b;</p>${inputs.pain}`;
  }
  return new Map([
    ['hostile.map.json', JSON.stringify(map)],
    ['hostile.links.json', JSON.stringify(links)],
    ['hostile.board.json', JSON.stringify(board)],
    ['not-json.json', `{"title": "${inputs.title}`],
  ]);
}

const M = 'hostile.map.json';
const L = 'hostile.links.json';
const B = 'hostile.board.json';

/** A report for people, a table whose rows are fixed by the map's shape, or a data format. */
type Kind = 'report' | 'table' | 'data';

/** Each command line, and what its stdout is. */
const commands = (inputs: Inputs): [string[], Kind][] => [
  [['map', 'validate', M], 'report'],
  [['map', 'validate', M, '--format', 'json'], 'data'],
  [['map', 'export', M, '-f', 'json'], 'data'],
  [['map', 'export', M, '-f', 'csv'], 'data'],
  [['map', 'export', M, '-f', 'md'], 'data'],
  [['map', 'rollup', M, '-l', L], 'table'],
  [['map', 'rollup', M, '-l', L, '--format', 'json'], 'data'],
  [['map', 'portfolio', M, '-l', L, '--top', '9'], 'table'],
  [['map', 'portfolio', M, '-l', L, '--format', 'json'], 'data'],
  [['miro', 'convert', B, '-f', 'json'], 'data'],
  [['miro', 'convert', B, '-f', 'csv'], 'data'],
  [['miro', 'convert', B, '-f', 'md'], 'data'],
  [['map', 'validate', 'not-json.json'], 'report'],
  [['map', 'validate', `missing-${inputs.title}.json`], 'report'],
  [['map', 'validate', M, `--${inputs.stage}`], 'report'],
  [['map', 'export', M, '-f', 'md', '-o', `missing-folder/${inputs.lane}.md`], 'report'],
];

describe('every text output, fed control characters', () => {
  it('prints none of them raw, and no name adds a line to a report', async () => {
    const plain: Inputs = {
      title: 'Title',
      stage: 'Stage',
      lane: 'Lane',
      item: 'Item',
      pain: 'Pain',
      link: 'Link',
    };
    const lineCounts = new Map<string, number>();
    const outputsOf = async (inputs: Inputs) => {
      const files = await filesFor(inputs);
      const outputs: { argv: string[]; kind: Kind; stdout: string; stderr: string }[] = [];
      for (const [argv, kind] of commands(inputs)) {
        const io = memoryIo();
        io.files = files;
        await run(argv, io);
        outputs.push({ argv, kind, stdout: io.stdout, stderr: io.stderr });
      }
      return outputs;
    };
    for (const [index, output] of (await outputsOf(plain)).entries()) {
      lineCounts.set(String(index), output.stdout.split('\n').length);
    }
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          title: hostileName,
          stage: hostileName,
          lane: hostileName,
          item: hostileName,
          pain: hostileName,
          link: hostileName,
        }),
        async (inputs) => {
          for (const [index, output] of (await outputsOf(inputs)).entries()) {
            const where = output.argv.join(' ');
            const stdout = output.stdout.replace(/\r\n/g, '\n');
            expect(stdout, where).not.toMatch(RAW_CONTROL);
            expect(output.stderr, where).not.toMatch(RAW_CONTROL);
            expect(output.stderr, where).not.toMatch(RAW_IN_REPORT);
            if (output.kind !== 'data') expect(stdout, where).not.toMatch(RAW_IN_REPORT);
            if (output.kind === 'table') {
              expect(stdout.split('\n').length, where).toBe(lineCounts.get(String(index)));
            }
            if (output.argv.at(-1) === 'json') {
              expect(stdout, where).not.toMatch(RAW_IN_REPORT);
              expect(() => JSON.parse(stdout), where).not.toThrow();
            }
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
