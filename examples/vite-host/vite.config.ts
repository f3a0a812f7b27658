import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// An ordinary production setup: Vite's defaults (Lightning CSS minifies the CSS), nothing tuned
// for Tandem. The shared showcase data lives one folder up.
export default defineConfig({
  plugins: [react()],
  server: { fs: { allow: ['..'] } },
});
