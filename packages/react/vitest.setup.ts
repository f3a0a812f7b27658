import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { flowCheckers } from './src/escalation-flow/hooks/flow-checkers-chunk';

// Dialogs, menus and panels are lazy chunks: the first test that opens one imports and transforms
// its module, which on a loaded two-core CI machine can take seconds. findBy* and waitFor should
// fail on an element that never comes, not on that first import (tests time out at 30 s).
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());

// The escalation flow's checks arrive in a chunk of their own after first paint. Here it has
// arrived, as on a page where a flow was shown before, so tests read the checks on the first
// render; escalation-flow/views/deferred-checks.test.tsx covers the wait for it.
await flowCheckers.preload();
