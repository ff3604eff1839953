/** Motion that the user's "reduce motion" setting turns off. */

/** Whether the user asked the system for less motion. */
export const prefersReducedMotion = (): boolean =>
	matchMedia('(prefers-reduced-motion: reduce)').matches;

/** `ms` for an animation, or 0 (a jump) when the user asked for less motion. */
export const motionDuration = (ms: number): number => (prefersReducedMotion() ? 0 : ms);

/** How to scroll: smoothly, or at once when the user asked for less motion. */
export const scrollBehavior = (): ScrollBehavior => (prefersReducedMotion() ? 'auto' : 'smooth');
