import { Progress } from '@backstage/frontend-plugin-api';
import {
  type HandoverView,
  describeReadiness,
} from '@csip-coach/plugin-csip-common';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { errorSentence } from '../../../api/errorSentence';
import { useHandover } from '../useHandover';
import { MetMark, SectionPanel } from '../../shared';
import {
  describeSummitInShort,
  KnowledgeTransferBar,
  SummitCamps,
} from '../../status';

/** @internal */
export type HandoverGlanceProps = {
  programmeId: string;
};

const hasNoScope = (view: HandoverView) =>
  view.items.length === 0 &&
  view.readiness.blockers.some(b => b.code === 'no-scope');

/**
 * The handover at a glance: score with its bar, readiness and summit camp
 * with the camps drawn.
 */
const Figures = ({ view }: { view: HandoverView }) => {
  const { readiness, summit } = view;
  const count = readiness.blockers.length;
  const ready = readiness.ready || count === 0;
  return (
    <Stack component="dl" spacing={1} sx={{ m: 0, '& dd': { m: 0 } }}>
      <div>
        <Typography component="dt" variant="body2" color="text.secondary">
          Knowledge-transfer score
        </Typography>
        <Typography component="dd" variant="h5">
          {view.score} %
          <KnowledgeTransferBar score={view.score} compact />
        </Typography>
      </div>
      <div>
        <Typography component="dt" variant="body2" color="text.secondary">
          Readiness for the coach to leave
        </Typography>
        <Stack component="dd" direction="row" spacing={0.5} alignItems="center">
          <MetMark
            met={ready}
            pending={
              <ErrorOutlineIcon fontSize="small" color="warning" aria-hidden />
            }
          />
          <Typography variant="body1">
            {describeReadiness({ ready, blockers: count })}
          </Typography>
        </Stack>
      </div>
      <div>
        <Typography component="dt" variant="body2" color="text.secondary">
          Summit progress
        </Typography>
        <Typography component="dd" variant="body1">
          {describeSummitInShort(summit)}
          {summit.percent !== null && (
            <SummitCamps percent={summit.percent} width={480} />
          )}
        </Typography>
      </div>
    </Stack>
  );
};

/**
 * The programme's handover in a small card for its overview: the
 * knowledge-transfer score with its bar, whether the coach can leave and
 * how far the climb to the targets has come with the summit camps, with a
 * link to the handover tab.
 *
 * @internal
 */
export const HandoverGlance = ({ programmeId }: HandoverGlanceProps) => {
  const location = useLocation();
  const { value, error } = useHandover(programmeId);

  let body: JSX.Element;
  if (error) {
    body = (
      <Alert severity="error">
        Could not load the handover: {errorSentence(error)}
      </Alert>
    );
  } else if (!value) {
    body = <Progress />;
  } else if (hasNoScope(value)) {
    body = (
      <Stack direction="row" spacing={0.5} alignItems="center">
        <InfoOutlinedIcon fontSize="small" color="action" aria-hidden />
        <Typography variant="body2">
          Handover starts once the scope is published.
        </Typography>
      </Stack>
    );
  } else {
    body = <Figures view={value} />;
  }

  return (
    <SectionPanel
      titleId="csip-handover-glance"
      title="Handover"
      padding={2}
      spacing={1.5}
    >
      {body}
      <Link component={RouterLink} to={`${location.pathname}?tab=handover`}>
        Open handover
      </Link>
    </SectionPanel>
  );
};
