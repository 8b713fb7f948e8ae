export { csipPlugin as default } from './plugin';
