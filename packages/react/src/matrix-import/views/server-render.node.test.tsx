// @vitest-environment node
// A real server: no `window`, `document` or `File`. The import dialog renders to a string, open
// or closed, with a source given (reading starts only in an effect, in the browser).
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { metadataCsv } from '../stories/import-fixtures';
import { MatrixImport } from './matrix-import';

describe('MatrixImport on a server', () => {
  it('renders closed and open without DOM globals', () => {
    expect(typeof document).toBe('undefined');
    for (const open of [false, true]) {
      const html = renderToString(
        createElement(MatrixImport, {
          open,
          onOpenChange: () => {},
          source: metadataCsv,
          fileName: 'matrix.csv',
          onImport: () => {},
        }),
      );
      expect(typeof html).toBe('string');
    }
  });
});
