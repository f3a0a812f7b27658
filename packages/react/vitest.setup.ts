import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Dialogs, menus and panels are lazy chunks: the first test that opens one imports and transforms
// its module, which on a loaded two-core CI machine can take seconds. findBy* and waitFor should
// fail on an element that never comes, not on that first import (tests time out at 30 s).
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
