// Prints the fenced code block that follows `<!-- install-check: <name> -->`
// in docs/install.md, so the install check runs the guide's own command
// rather than a copy of it.
//
//   node scripts/install-check/guideBlock.mjs uninstall
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const name = process.argv[2];
const guide = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../../docs/install.md'),
  'utf8',
);
const marker = `<!-- install-check: ${name} -->`;
const at = guide.indexOf(marker);
const block =
  at < 0 ? null : /```\w*\n([\s\S]*?)\n\s*```/.exec(guide.slice(at));
if (!block) {
  console.error(`docs/install.md has no code block marked ${marker}`);
  process.exit(1);
}
// Undo the list indentation of the block.
const lines = block[1].split('\n');
const indent = Math.min(
  ...lines.filter(l => l.trim()).map(l => /^ */.exec(l)[0].length),
);
console.log(lines.map(l => l.slice(indent)).join('\n'));
