// Lets the stories import the dialog's stylesheet for the axe contrast check; the package build
// ships the CSS through `styles.css`, so nothing here reaches the published types.
declare module '*/matrix-import.css';
