/**
 * What one press of + or − (key or button) multiplies the zoom by; one undoes the other. Its
 * own file: the buttons are on the page before the graph's camera code is.
 */
export const zoomSteps = { in: 1.25, out: 0.8 } as const;
