export { readableColour } from './readableColour';
