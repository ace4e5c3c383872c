// Every page is prerendered at build time; the browser adds interactivity on top.
export const prerender = true;
export const trailingSlash = 'never';
