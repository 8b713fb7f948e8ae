export { HandoverGlance } from './HandoverGlance';
export type { HandoverGlanceProps } from './HandoverGlance';
