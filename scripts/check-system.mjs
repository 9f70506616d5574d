#!/usr/bin/env node
// Before the tests: the system programs they need. Each missing one is named with the command that installs it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDS = [
  { what: 'Chromium (end-to-end tests)', found: () => existsSync('/usr/bin/chromium'), pkg: 'chromium' },
  { what: 'LibreOffice Writer (DOCX checks)', found: () => onPath('soffice') || onPath('libreoffice'), pkg: 'libreoffice-writer-nogui' },
  {
    what: 'poppler (pdftotext, pdfinfo, pdffonts)',
    found: () => onPath('pdftotext') && onPath('pdfinfo') && onPath('pdffonts'),
    pkg: 'poppler-utils',
  },
  { what: 'qpdf (PDF structure check)', found: () => onPath('qpdf'), pkg: 'qpdf' },
];

function onPath(cmd) {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const missing = NEEDS.filter((n) => !n.found());
if (missing.length > 0) {
  console.error('The tests need programs that are not installed:');
  for (const m of missing) console.error(`  - ${m.what}`);
  console.error(`Install them with:\n  sudo apt-get update && sudo apt-get install -y ${missing.map((m) => m.pkg).join(' ')}`);
  process.exit(1);
}
console.log('System check: Chromium, LibreOffice, poppler and qpdf are installed.');
