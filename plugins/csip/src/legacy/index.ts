export {
  legacyCsipPlugin,
  CsipPage,
  EntityImprovementContent,
  EntityImprovementCard,
  CsipMyWorkCard,
} from './plugin';
