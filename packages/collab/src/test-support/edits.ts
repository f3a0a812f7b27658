import fc from 'fast-check';

type Applier<T, C> = (
  value: T,
  changes: readonly C[],
) => { readonly ok: true; readonly value: T } | { readonly ok: false };

/**
 * Up to `n` edits of `value` that apply, each generated against the value the ones before made
 * (a generated change the applier refuses is dropped).
 */
export function editsOf<T, C>(
  value: T,
  n: number,
  change: (value: T) => fc.Arbitrary<C>,
  apply: Applier<T, C>,
): fc.Arbitrary<C[]> {
  let arb = fc.constant<{ value: T; changes: C[] }>({ value, changes: [] });
  for (let i = 0; i < n; i++) {
    arb = arb.chain(({ value: current, changes }) =>
      change(current).map((next) => {
        const result = apply(current, [next]);
        return result.ok
          ? { value: result.value, changes: [...changes, next] }
          : { value: current, changes };
      }),
    );
  }
  return arb.map(({ changes }) => changes);
}
