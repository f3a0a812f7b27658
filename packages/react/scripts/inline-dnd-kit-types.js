// Step 2 of `build`, after tsup: copies the few @dnd-kit types our hooks expose (sensors,
// collision detection, announcements, drag events) into our own .d.ts files, so no declaration
// we publish imports '@dnd-kit/*'. dnd-kit's own declarations name the global JSX namespace,
// which @types/react 19 no longer declares; a host that type-checks its libraries
// (`skipLibCheck: false`) would otherwise fail inside them (issue 14). The copies are the same
// shapes, so what the hooks return still spreads onto dnd-kit's <DndContext>.
// tsup cannot do this itself: it keeps every dependency external in its declaration build.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';

const dist = join(import.meta.dirname, '..', 'dist');
const inlined = /^@dnd-kit\//;

let changed = 0;
for (const file of readdirSync(dist).filter((name) => /\.d\.c?ts$/.test(name))) {
  const path = join(dist, file);
  const bundle = await rollup({
    input: path,
    // Everything but dnd-kit stays an import: our own chunks, React, @tandem/core.
    external: (source, importer) =>
      !inlined.test(source) &&
      !source.includes('/node_modules/@dnd-kit/') &&
      !(source.startsWith('.') && importer?.includes('/node_modules/@dnd-kit/')),
    plugins: [dts({ respectExternal: true })],
    onwarn(warning, warn) {
      if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
    },
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const [chunk] = output;
  if (/from ['"]@dnd-kit\//.test(chunk.code))
    throw new Error(`[tandem] ${file} still imports @dnd-kit after inlining its types.`);
  writeFileSync(path, chunk.code);
  changed++;
}
console.log(`[tandem] dnd-kit types inlined into ${changed} declaration files`);
