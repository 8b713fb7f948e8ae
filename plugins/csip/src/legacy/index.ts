export {
  legacyCsipPlugin,
  CsipPage,
  EntityImprovementContent,
  EntityImprovementCard,
} from './plugin';
