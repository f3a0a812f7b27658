// The `@tandem/core/templates` entry: ready-made matrices. Kept apart from the main entry because
// templates are data (kilobytes of names and descriptions) that most hosts never load.
export * from './matrix/templates';
