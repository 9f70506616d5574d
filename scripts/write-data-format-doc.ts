import { writeFileSync } from 'node:fs';
import { renderDataFormatDoc } from './data-format-doc';

writeFileSync(new URL('../docs/data-format.md', import.meta.url), renderDataFormatDoc());
console.log('Wrote docs/data-format.md');
