import { writeFileSync } from 'node:fs';
import { renderRulesDoc } from './rules-doc.js';

const target = new URL('../docs/rules.md', import.meta.url);
writeFileSync(target, renderRulesDoc());
console.log(`wrote ${target.pathname}`);
