// Lets the stories import the timeline's stylesheets; the package ships the CSS through the
// lead's `styles.css`, so nothing here reaches the published types.
declare module '*/sla-timeline.css';
declare module '*/sla-queue.css';
declare module '*/held-by.css';
