// Lets the stories import the review's stylesheet for the axe contrast check; the package build
// ships the CSS through `styles.css`, so nothing here reaches the published types.
declare module '*/service-review.css';
