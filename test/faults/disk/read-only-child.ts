/**
 * Opens a data folder as the app does and reports, as one line of JSON, what a clerk would get: whether it opened,
 * read-only or not, the notices, whether the signed meeting can be read, and what an edit gets. Run by disk.test.ts
 * as a user who cannot write the folder.
 *
 * Usage: node read-only-child.cjs <dataDir> <meetingId>
 */
import { openBackend } from '../../../electron/backend/backend';
import { openingReport } from './opening-report';

const [dataDir, meetingId] = process.argv.slice(2);
if (dataDir === undefined || meetingId === undefined) throw new Error('usage: read-only-child <dataDir> <meetingId>');
// Not awaited at the top level: the child is bundled as CommonJS (see child-bundle.ts).
openingReport(() => openBackend({ dataDir, searchIndex: 'on-demand', readOnlyIfUnwritable: true }), meetingId).then(
  (report) => void process.stdout.write(`${JSON.stringify(report)}\n`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
