import type { ScopeChange } from '@csip-coach/plugin-csip-common';
import { SCOPE_SECTION_NAMES } from '../../../util/labels';
import { ChangeList } from '../../shared';
import { describeScopeChange } from './describeScopeChange';

/** @internal */
export type ScopeDiffProps = {
  /** The number of the current version. */
  versionNumber: number;
  diff: ScopeChange[];
};

/**
 * What changed since the previous scope version, so a sponsor sees exactly
 * what they are asked to agree anew: processes by name, people by name and
 * dates written out. Version 1 has no previous version.
 *
 * @internal
 */
export const ScopeDiff = ({ versionNumber, diff }: ScopeDiffProps) => {
  const previous = versionNumber - 1;
  if (previous < 1) {
    return (
      <ChangeList
        title="What changed"
        changes={[]}
        empty="This is the first version: everything in it is new."
      />
    );
  }
  return (
    <ChangeList
      title={`What changed since version ${previous}`}
      changes={diff.map(change => ({
        kind: change.kind,
        subject: SCOPE_SECTION_NAMES[change.section],
        text: describeScopeChange(change),
      }))}
      empty={`Nothing changed in the content since version ${previous}; it still needs fresh agreement.`}
    />
  );
};
