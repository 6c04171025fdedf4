// The operations a frontend is shown: GraphiQL's default tabs (tools/graphiql/src/examples.js) and every
// ```graphql block of README.md, with the variables that go with them (a tab's variables; the ```json
// block right after a README block). The README test (ReadmeOperationsTests) reads README.md the same way.
import { readFileSync } from 'node:fs';
import { parse, Kind, visit } from 'graphql';
import { examples } from '../graphiql/src/examples.js';

const root = new URL('../../', import.meta.url);

/** Every document: { source, text, variables }. */
export function documents() {
  const found = examples.map((tab, i) => ({
    source: `GraphiQL tab ${i + 1} (${tab.group})`,
    text: tab.query,
    variables: tab.variables ? JSON.parse(tab.variables) : {},
  }));
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const fence = /^```(\w*)\n([\s\S]*?)^```\s*$/gm;
  const blocks = [...readme.matchAll(fence)].map((m) => ({ lang: m[1], body: m[2], start: m.index, end: m.index + m[0].length }));
  blocks.forEach((block, i) => {
    if (block.lang !== 'graphql') return;
    const next = blocks[i + 1];
    const json = next && next.lang === 'json' && readme.slice(block.end, next.start).trim() === '' ? JSON.parse(next.body) : {};
    found.push({ source: `README.md:${readme.slice(0, block.start).split('\n').length}`, text: block.body, variables: json });
  });
  return found;
}

/**
 * Every operation of every document: { name, type, body, variables, source }, body = the operation's own
 * text plus the fragments it spreads (what a client sends, and what the manifest hashes).
 */
export function operations() {
  const result = [];
  const fragments = new Map();
  for (const doc of documents()) {
    let ast;
    try {
      ast = parse(doc.text);
    } catch (e) {
      throw new Error(`${doc.source}: ${e.message}`);
    }
    const own = new Map(ast.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
    for (const [name, def] of own) {
      const text = doc.text.slice(def.loc.start, def.loc.end);
      if (fragments.has(name) && fragments.get(name) !== text) throw new Error(`${doc.source}: fragment ${name} differs from another of that name`);
      fragments.set(name, text);
    }
    for (const def of ast.definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION) continue;
      if (!def.name || !/^[A-Z][A-Za-z0-9]*$/.test(def.name.value)) {
        throw new Error(`${doc.source}: every operation needs a PascalCase name (a client and the persisted-query manifest key on it)`);
      }
      const used = spreads(def, own);
      const body = [doc.text.slice(def.loc.start, def.loc.end), ...used.map((f) => doc.text.slice(own.get(f).loc.start, own.get(f).loc.end))].join('\n\n');
      const declared = (def.variableDefinitions ?? []).map((v) => v.variable.name.value);
      const variables = Object.fromEntries(declared.filter((v) => v in doc.variables).map((v) => [v, doc.variables[v]]));
      result.push({ name: def.name.value, type: def.operation, body, variables, declared, source: doc.source, operationText: doc.text.slice(def.loc.start, def.loc.end) });
    }
  }
  return { operations: result, fragments };
}

function spreads(node, own, seen = new Set()) {
  visit(node, {
    FragmentSpread(s) {
      const name = s.name.value;
      if (!seen.has(name) && own.has(name)) {
        seen.add(name);
        spreads(own.get(name), own, seen);
      }
    },
  });
  return [...seen];
}
