export { CsipPage } from './CsipPage';
