// The `@tandem/core/validate` entry: the rule engine, the built-in rules and incremental
// revalidation. Apart from the main entry so that hosts that only read or edit matrices do not
// carry it; `@tandem/react` re-exports it.
export * from './validate';
