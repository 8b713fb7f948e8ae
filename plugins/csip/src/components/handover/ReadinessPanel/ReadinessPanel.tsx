import type {
  ExitReadiness,
  ReadinessBlocker,
} from '@csip-coach/plugin-csip-common';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { SectionPanel } from '../../shared';

/** @internal */
export type ReadinessPanelProps = {
  readiness: ExitReadiness;
  /** Called when the user follows a blocker's link to where it is fixed. */
  onFix?: (blocker: ReadinessBlocker) => void;
};

type Target = {
  text: string;
  /** An element of this page to scroll to and focus. */
  anchor?: string;
  /** Another tab of the programme page. */
  tab?: 'reviews' | 'scope';
};

/** Where a blocker is fixed, and how the link to it reads. */
function fixTarget(blocker: ReadinessBlocker): Target {
  switch (blocker.fix) {
    case 'checklist':
      return blocker.itemId
        ? { text: 'Go to the item', anchor: `handover-item-${blocker.itemId}` }
        : { text: 'Go to the checklist', anchor: 'handover-checklist' };
    case 'skills':
      return { text: 'Go to the skills matrix', anchor: 'handover-skills' };
    case 'reviews':
      return { text: 'Go to the reviews', tab: 'reviews' };
    case 'scope':
    default:
      return { text: 'Go to the scope', tab: 'scope' };
  }
}

/** Brings an element of the page into view and moves the focus to it. */
function focusAnchor(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  element.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  element.focus({ preventScroll: true });
}

/**
 * Whether the coach can leave: a clear "ready" or every reason not yet,
 * each with a link to where it is fixed — a checklist item, the checklist,
 * the skills matrix on this tab, or the reviews or scope tab.
 *
 * @internal
 */
export const ReadinessPanel = ({ readiness, onFix }: ReadinessPanelProps) => {
  const location = useLocation();
  const count = readiness.blockers.length;

  if (readiness.ready || count === 0) {
    return (
      <SectionPanel
        titleId="csip-handover-readiness"
        title="Ready for the coach to leave"
        headingComponent="h4"
        icon={<CheckCircleOutlineIcon color="success" aria-hidden />}
        padding={2}
      >
        <Typography variant="body2" sx={{ mt: 1 }}>
          Every critical item is verified, the knowledge-transfer score is high
          enough, every in-scope process is covered by two skilled people and
          the team leads its own reviews.
        </Typography>
      </SectionPanel>
    );
  }

  return (
    <SectionPanel
      titleId="csip-handover-readiness"
      title={`Not ready yet: ${count} ${
        count === 1 ? 'thing' : 'things'
      } to do`}
      headingComponent="h4"
      icon={<ErrorOutlineIcon color="warning" aria-hidden />}
      padding={2}
    >
      <List aria-labelledby="csip-handover-readiness">
        {readiness.blockers.map((blocker, index) => {
          const target = fixTarget(blocker);
          const messageId = `csip-handover-blocker-${index}`;
          const to = target.anchor
            ? {
                pathname: location.pathname,
                search: location.search,
                hash: `#${target.anchor}`,
              }
            : `${location.pathname}?tab=${target.tab}`;
          return (
            <ListItem
              key={`${blocker.code}-${
                blocker.itemId ?? blocker.process ?? index
              }`}
              disableGutters
              sx={{ display: 'list-item', listStyle: 'disc', ml: 3 }}
            >
              <Typography component="span" id={messageId}>
                {blocker.message}.
              </Typography>{' '}
              <Link
                component={RouterLink}
                to={to}
                replace={Boolean(target.anchor)}
                aria-describedby={messageId}
                onClick={() => {
                  if (target.anchor) focusAnchor(target.anchor);
                  onFix?.(blocker);
                }}
              >
                {target.text}
              </Link>
            </ListItem>
          );
        })}
      </List>
    </SectionPanel>
  );
};
