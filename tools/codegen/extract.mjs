// Writes operations/*.graphql (for graphql-codegen) and checks/variables.ts (for tsc) from the GraphiQL tabs
// and the README, and checks src/Matchmaking.Api/persisted-queries.json is current (--write-manifest writes it).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { operations } from './operations.mjs';

const here = new URL('./', import.meta.url);
const manifestPath = new URL('../../src/Matchmaking.Api/persisted-queries.json', import.meta.url);
const { operations: all, fragments } = operations();

// One operation per name: a name seen twice must be the same operation (README repeating a tab).
const byName = new Map();
for (const op of all) {
  const first = byName.get(op.name);
  if (first && first.body !== op.body) throw new Error(`${op.source}: operation ${op.name} differs from the one in ${first.source}; give it its own name`);
  if (!first) byName.set(op.name, op);
}

rmSync(new URL('operations/', here), { recursive: true, force: true });
rmSync(new URL('checks/', here), { recursive: true, force: true });
mkdirSync(new URL('operations/', here));
mkdirSync(new URL('checks/', here));
for (const op of byName.values()) writeFileSync(new URL(`operations/${op.name}.graphql`, here), `# ${op.source}\n${op.operationText}\n`);
writeFileSync(new URL('operations/fragments.graphql', here), [...fragments.values()].join('\n\n') + '\n');

// tsc checks each example's variables against the generated Variables type of its operation: a missing
// required variable, a wrong enum value or a number for a string fails the build.
const pascal = (s) => s[0].toUpperCase() + s.slice(1);
const lines = ["import type * as T from '../generated/graphql';", ''];
all.forEach((op, i) => {
  if (op.declared.length === 0) return;
  lines.push(`// ${op.source}: ${op.name}`);
  lines.push(`export const v${i}: T.${op.name}${pascal(op.type)}Variables = ${JSON.stringify(op.variables)};`);
});
writeFileSync(new URL('checks/variables.ts', here), lines.join('\n') + '\n');

const manifest = {
  format: 'apollo-persisted-query-manifest',
  version: 1,
  operations: [...byName.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((op) => ({ id: createHash('sha256').update(op.body, 'utf8').digest('hex'), name: op.name, type: op.type, body: op.body })),
};
const text = JSON.stringify(manifest, null, 2) + '\n';
if (process.argv.includes('--write-manifest')) {
  writeFileSync(manifestPath, text);
  console.log(`persisted-queries.json: ${manifest.operations.length} operations`);
} else if (readFileSync(manifestPath, 'utf8') !== text) {
  console.error('src/Matchmaking.Api/persisted-queries.json is not current: run `npm run manifest` in tools/codegen and commit it.');
  process.exit(1);
}
console.log(`${byName.size} operations from ${new Set(all.map((o) => o.source)).size} documents`);
