/**
 * Lowercase words joined by hyphens: safe in URLs, CSS and Cytoscape selectors. Its own file
 * so that naming a map (home page) does not load the schema and its library.
 */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
