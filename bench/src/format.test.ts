import { describe, expect, it } from 'vitest';
import { formatDuration, formatRatio, quantile } from './format';

describe('formatDuration', () => {
  it('picks the unit that keeps the number readable', () => {
    expect(formatDuration(842)).toBe('842 ns');
    expect(formatDuration(12_400)).toBe('12.4 µs');
    expect(formatDuration(1_930_000)).toBe('1.93 ms');
    expect(formatDuration(1_200_000_000)).toBe('1.20 s');
  });
});

describe('formatRatio', () => {
  it('states how many times the subject a case takes', () => {
    expect(formatRatio(300, 100)).toBe("3.00× the subject's time");
    expect(formatRatio(50, 100)).toBe('0.50× (faster than the subject)');
  });
});

describe('quantile', () => {
  it('takes the nearest rank, whatever the order, and says NaN for nothing', () => {
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([5, 1, 3, 2, 4], 0.95)).toBe(5);
    expect(
      quantile(
        Array.from({ length: 100 }, (_, i) => 100 - i),
        0.95,
      ),
    ).toBe(96);
    expect(quantile([], 0.95)).toBeNaN();
  });
});
