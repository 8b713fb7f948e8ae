import type { Action } from '@csip-coach/plugin-csip-common';
import Typography from '@mui/material/Typography';
import { RefLink } from '../../shared';
import type { ReportPart } from './loadReport';
import { ReportPartSection } from './ReportPartSection';
import { REPORT_SECTIONS } from './reportSections';
import { EmptyNote } from './ReportSection';
import { ReportTable } from './ReportTable';
import {
  describeDueDate,
  describeStatus,
  registerOrder,
  summariseRegister,
} from './reportWords';

/** @internal */
export type ActionsSectionProps = {
  actions: ReportPart<Action[]>;
};

const Register = ({ actions }: { actions: Action[] }) => {
  if (!actions.length) {
    return (
      <EmptyNote>
        No actions yet. The actions agreed in published reviews land in the
        register; anyone in the programme can also add one on the Actions tab.
      </EmptyNote>
    );
  }
  return (
    <>
      <Typography variant="body2">{summariseRegister(actions)}.</Typography>
      <ReportTable
        label="Action register"
        columns={['Action', 'Owner', 'Measure of done', 'Due', 'Status']}
        rows={registerOrder(actions).map(a => ({
          key: a.id,
          cells: [
            a.description,
            <RefLink entityRef={a.owner} />,
            a.measure,
            describeDueDate(a),
            describeStatus(a),
          ],
        }))}
      />
    </>
  );
};

/**
 * The action register: overdue actions first, then open ones, then done
 * and dropped, each with its owner, measure of done, due date in words and
 * status.
 *
 * @internal
 */
export const ActionsSection = ({ actions }: ActionsSectionProps) => (
  <ReportPartSection {...REPORT_SECTIONS.actions} part={actions}>
    {items => <Register actions={items} />}
  </ReportPartSection>
);
