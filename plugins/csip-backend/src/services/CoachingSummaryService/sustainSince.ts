import type { PhaseTransition } from '@csip-coach/plugin-csip-common';

/**
 * When the programme last entered `sustain`: the time of its latest move
 * to it, or null when its history has none (never moved there, or put
 * there without a recorded move).
 *
 * @internal
 */
export function sustainSince(
  transitions: ReadonlyArray<Pick<PhaseTransition, 'to' | 'movedAt'>>,
): string | null {
  const moves = transitions.filter(t => t.to === 'sustain');
  return moves.length ? moves[moves.length - 1].movedAt : null;
}
