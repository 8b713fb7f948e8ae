import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useSearchParams } from 'react-router-dom';
import { useMaturityModel } from '../../../hooks/useMaturityModel';
import { LoadState, SectionPanel } from '../../shared';
import { usePortfolioRollup } from '../usePortfolioRollup';
import { groupSearch } from './groupLink';
import { RollupBreadcrumb } from './RollupBreadcrumb';
import { RollupHeatMap } from './RollupHeatMap';
import { RollupHistoryChart } from './RollupHistoryChart';

/** What the programmes outside the rows are, in words. */
function unassignedText(count: number, groupTitle?: string): string {
  const programmes = count === 1 ? '1 programme is' : `${count} programmes are`;
  return groupTitle
    ? `${programmes} owned by ${groupTitle} itself.`
    : `${programmes} owned outside the catalog's groups (by a system, or a group the catalog does not have).`;
}

/**
 * The portfolio rolled up by catalog group: where the roll-up stands
 * (a breadcrumb of groups), a heat map of groups × processes with levels
 * against targets and readiness, and the portfolio's mean level per process
 * week by week. The chosen group is kept in the URL (`?group=`); a group
 * with groups below links down to them. Only the programmes the user may
 * read count.
 *
 * @public
 */
export const PortfolioRollup = () => {
  const [params] = useSearchParams();
  const groupRef = params.get('group') ?? undefined;
  const rollup = usePortfolioRollup(groupRef);
  const model = useMaturityModel();
  const names = new Map(model.value?.processes.map(p => [p.id, p.name]));
  const processName = (id: string) => names.get(id) ?? id;

  return (
    <LoadState
      state={rollup}
      errorTitle="Could not load the roll-up by group"
      notFound="The catalog has no such group."
      back={{
        to: groupSearch(params, null) || '?',
        label: 'Back to all groups',
      }}
    >
      {value => (
        <Stack spacing={3}>
          <RollupBreadcrumb group={value.group} />
          <SectionPanel
            titleId="csip-rollup-heatmap"
            title={
              value.group
                ? `Groups in ${value.group.title}`
                : 'Groups at the top of the catalog'
            }
            headingComponent="h2"
            spacing={2}
          >
            <RollupHeatMap rollup={value} processName={processName} />
            {value.unassigned > 0 && (
              <Typography variant="body2">
                {unassignedText(value.unassigned, value.group?.title)}
              </Typography>
            )}
          </SectionPanel>
          <SectionPanel
            titleId="csip-rollup-history"
            title="Mean level by week"
            headingComponent="h2"
            spacing={2}
          >
            <RollupHistoryChart
              history={value.history}
              processes={value.processes}
              processName={processName}
            />
          </SectionPanel>
        </Stack>
      )}
    </LoadState>
  );
};
