// Prints statement coverage per workspace package from vitest's json-summary report.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const summary = JSON.parse(readFileSync('coverage/coverage-summary.json', 'utf8'));
const packages = new Map();
for (const [file, figures] of Object.entries(summary)) {
  if (file === 'total') continue;
  const [area, name] = relative(process.cwd(), file).split('/');
  const key = `${area}/${name}`;
  const sum = packages.get(key) ?? { covered: 0, total: 0 };
  sum.covered += figures.statements.covered;
  sum.total += figures.statements.total;
  packages.set(key, sum);
}
const lines = ['', 'Statement coverage by package'];
for (const [name, { covered, total }] of [...packages].sort()) {
  const share = total === 0 ? 100 : (100 * covered) / total;
  lines.push(`  ${name.padEnd(24)} ${share.toFixed(2).padStart(6)} %  (${covered}/${total})`);
}
process.stdout.write(`${lines.join('\n')}\n`);
