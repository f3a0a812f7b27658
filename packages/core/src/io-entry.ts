// The `@tandem/core/io` entry: spreadsheets in and out, review exports, versioned documents,
// diff and the scope-drift review. Apart from the main entry because it brings a CSV parser.
export * from './io';
