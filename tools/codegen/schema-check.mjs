// Schema evolution check (CI: scripts/test.sh). Diffs schema.graphql against its previous committed version
// (see below; --base <rev> for another) with graphql-js, and fails on a
// breaking change that is not acknowledged: a field removed after a version in which it was @deprecated
// passes; any other breaking change must be listed in docs/schema-changelog.md as "- `Type.field` — reason".
// --changelog prints the entries the current diff needs, to paste under the new version's heading.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildSchema, findBreakingChanges, findDangerousChanges, isObjectType, isInterfaceType, isInputObjectType } from 'graphql';

const root = new URL('../../', import.meta.url).pathname;
const git = (...args) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
const skip = (why) => {
  console.log(`schema evolution check skipped: ${why}`);
  process.exit(0);
};

const current = readFileSync(`${root}schema.graphql`, 'utf8');
let commits;
try {
  if (git('rev-parse', '--is-shallow-repository').trim() === 'true') skip('this is a shallow clone; the previous schema.graphql is not in its history (git fetch --unshallow)');
  commits = git('log', '--format=%H', '--', 'schema.graphql').split('\n').filter(Boolean);
} catch (e) {
  skip(`no git history here (${e.message.split('\n')[0]})`);
}
// The previous version is the one the current content replaced: the first parent of the oldest commit that
// has this content (so that a merge bringing in another branch's schema compares it with what it replaced on
// that branch), or HEAD's version while the change is not committed. --base <rev> picks one by hand.
let base = null;
const show = (rev) => {
  try {
    return git('show', `${rev}:schema.graphql`);
  } catch {
    return null;
  }
};
const chosen = process.argv.indexOf('--base');
if (chosen > 0) {
  const rev = process.argv[chosen + 1];
  base = { commit: git('rev-parse', rev).trim(), text: show(rev) };
  if (base.text === null) skip(`${rev} has no schema.graphql`);
} else {
  const same = commits.filter((commit) => show(commit) === current);
  if (same.length === 0) {
    const head = show('HEAD');
    if (head !== null) base = { commit: git('rev-parse', 'HEAD').trim(), text: head };
  } else {
    const origin = same[same.length - 1];
    const text = show(`${origin}^1`);
    if (text !== null && text !== current) base = { commit: git('rev-parse', `${origin}^1`).trim(), text };
  }
}
if (!base) skip('schema.graphql has no earlier committed version that differs from this one');

const before = buildSchema(base.text);
const after = buildSchema(current);
const deprecatedBefore = new Set();
for (const type of Object.values(before.getTypeMap())) {
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) if (field.deprecationReason) deprecatedBefore.add(`${type.name}.${field.name}`);
  }
}

// The schema coordinate a change is about (Type, Type.field, Enum.VALUE), from graphql-js's description.
function coordinate(change) {
  const d = change.description;
  const patterns = [
    [/^(\w+) was removed from enum type (\w+)\./, (m) => `${m[2]}.${m[1]}`],
    [/^\w+ was removed from union type (\w+)\./, (m) => m[1]],
    [/^A required field (\w+) on input type (\w+) was added\./, (m) => `${m[2]}.${m[1]}`],
    [/^A required arg \w+ on (\w+\.\w+) was added\./, (m) => m[1]],
    [/^(\w+) no longer implements interface \w+\./, (m) => m[1]],
    [/^(\w+(?:\.\w+)?)/, (m) => m[1]],
  ];
  for (const [pattern, pick] of patterns) {
    const m = d.match(pattern);
    if (m) return pick(m);
  }
  return d;
}

// Acknowledged coordinates: "- `X.y` — reason" (or ": reason") lines anywhere in the changelog.
const changelogPath = `${root}docs/schema-changelog.md`;
let changelog = '';
try {
  changelog = readFileSync(changelogPath, 'utf8');
} catch {
  changelog = '';
}
const listed = new Map();
for (const line of changelog.split('\n')) {
  const m = line.match(/^\s*[-*] `([\w.]+)`\s*[—:-]\s*(.*\S)?\s*$/);
  if (m) listed.set(m[1], m[2] ?? '');
}

const breaking = findBreakingChanges(before, after).map((c) => ({ ...c, coordinate: coordinate(c) }));
const dangerous = findDangerousChanges(before, after);
const open = [];
for (const change of breaking) {
  if (change.type === 'FIELD_REMOVED' && deprecatedBefore.has(change.coordinate)) continue;
  const reason = listed.get(change.coordinate);
  if (reason === undefined) open.push({ ...change, why: 'not listed' });
  else if (!reason || /^TODO\b/i.test(reason) || /\bWhy: TODO\b/.test(reason)) open.push({ ...change, why: 'listed without a reason' });
}

if (process.argv.includes('--changelog')) {
  const seen = new Set();
  for (const change of breaking) {
    if (seen.has(change.coordinate) || listed.has(change.coordinate)) continue;
    seen.add(change.coordinate);
    const all = breaking.filter((c) => c.coordinate === change.coordinate).map((c) => c.description).join(' ');
    console.log(`- \`${change.coordinate}\` — ${all} Why: TODO`);
  }
  process.exit(0);
}

console.log(`schema.graphql against ${base.commit.slice(0, 10)}: ${breaking.length} breaking, ${dangerous.length} dangerous change(s)`);
for (const change of dangerous) console.log(`  dangerous (clients may need a default case): ${change.description}`);
if (open.length > 0) {
  console.error(`\n${open.length} breaking change(s) not acknowledged. Keep the old field beside the new one with @deprecated(reason: "…"),`);
  console.error('or list the change with its reason in docs/schema-changelog.md under the version it lands in');
  console.error('(node tools/codegen/schema-check.mjs --changelog prints the entries):');
  for (const change of open) console.error(`  ${change.coordinate} (${change.why}): ${change.description}`);
  process.exit(1);
}
console.log('every breaking change is acknowledged');
