// Fails unless each built file opens with the 'use client' directive (after an optional
// "use strict"), which Next.js app-router hosts need to import the React package.
import { readFileSync } from 'node:fs';

const directive = /^\s*(["']use strict["'];?\s*)?["']use client["']/;
let failed = false;
for (const file of process.argv.slice(2)) {
  if (!directive.test(readFileSync(file, 'utf8'))) {
    console.error(`[tandem] ${file} does not start with 'use client'.`);
    failed = true;
  }
}
if (failed) process.exit(1);
