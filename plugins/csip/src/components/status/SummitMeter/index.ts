export { SummitMeter } from './SummitMeter';
export type { SummitMeterProps } from './SummitMeter';
