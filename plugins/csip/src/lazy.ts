/*
 * The one module through which every extension of the plugin loads its
 * component, in both frontend systems.
 *
 * The app's bundler (Backstage CLI's webpack or rspack) does not share
 * workspace code between lazy chunks: each `import()` of its own component
 * would carry its own copy of `@csip-coach/plugin-csip-common`, the status
 * components and the shared components. Loaded through this module, the
 * Improvement tab, the Improvement card and the "For you" home card are one
 * lazy chunk with the code they share, and the CSIP page's router, imported
 * from here, is a chunk of its own holding only what that chunk lacks. A
 * portal thus downloads the shared code once, whichever it shows first.
 */

export { EntityImprovementCard } from './components/entity/EntityImprovementCard';
export { EntityImprovementContent } from './components/entity/EntityImprovementContent';
export { MyWorkCard, MyWorkHomeCard } from './components/me/MyWorkCard';

/**
 * The CSIP page's routes. Imported from this module, so that their chunk
 * leaves out what the chunk of this module already holds.
 *
 * @internal
 */
export async function loadCsipRouter() {
  const { CsipRouter } = await import('./CsipRouter');
  return CsipRouter;
}
