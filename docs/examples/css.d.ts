// Stylesheets are side-effect imports that Vite bundles; TypeScript only needs to know they exist.
declare module '*.css';

// `?raw` imports give a file's text (Vite); the theming page reads the stylesheets this way.
declare module '*?raw' {
  const text: string;
  export default text;
}
