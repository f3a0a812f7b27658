// The SLA worker thread: built to dist/sla-worker.js beside the binary and started by
// `tandem sla` once per core. It compiles the calendars once, then answers batches of lines.
import { workerData } from 'node:worker_threads';
import { serveBatches } from '../ndjson/serve-batches';
import { slaHandler } from './sla-handler';
import type { SlaJob } from './sla-job';

const sla = slaHandler(workerData as SlaJob);
serveBatches(sla.text, sla.bytes);
