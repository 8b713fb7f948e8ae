export { CsipRouter } from './CsipRouter';
