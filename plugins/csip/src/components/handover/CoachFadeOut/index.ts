export { CoachFadeOut } from './CoachFadeOut';
export type { CoachFadeOutProps } from './CoachFadeOut';
