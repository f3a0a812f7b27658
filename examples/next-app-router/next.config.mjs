import { fileURLToPath } from 'node:url';

// This folder is its own project: without a root, Next would take the monorepo's lockfile
// further up for the workspace root.
const root = fileURLToPath(new URL('.', import.meta.url));

/** @type {import('next').NextConfig} */
const config = {
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default config;
