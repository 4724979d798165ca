// The script of secret-scan's report threads (report-thread.ts), built as a bundle of its own,
// dist/secret-scan/report-worker.js: a worker then loads the report parsers alone, not the bundle
// every action shares, and starts parsing about 30 ms sooner.

import { runReportWorker } from './report-thread';

await runReportWorker();
