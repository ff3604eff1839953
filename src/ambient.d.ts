declare module 'cytoscape-fcose' {
	const extension: cytoscape.Ext;
	export default extension;
}

declare module 'cytoscape-svg' {
	/** Adds `cy.svg(options)`, which returns the graph as an SVG document string. */
	const extension: cytoscape.Ext;
	export default extension;
}
