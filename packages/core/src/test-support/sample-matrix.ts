// The core tests' view of the fixtures' sample matrix, typed (test-only).
import { sampleMatrix as fixture } from '@tandem/fixtures';
import type { Matrix } from '../matrix/model';

/** Internal IT, the MSP and leadership over five rows in three categories. */
export const sampleMatrix: Matrix = fixture;
