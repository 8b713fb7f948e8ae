import { useRouteRef } from '@backstage/frontend-plugin-api';
import type { Programme } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { programmeRouteRef } from '../../../routes';
import { MyWorkPanel } from '../../me';
import { PortfolioRollup } from '../../rollup';
import { PortfolioPanel } from '../PortfolioPanel';

const TABS = [
  { id: 'for-you', label: 'For you' },
  { id: 'portfolio', label: 'Portfolio' },
  { id: 'rollup', label: 'Roll-up by group' },
] as const;

type TabId = (typeof TABS)[number]['id'];

/**
 * The tab a URL asks for: `?tab=`, or the portfolio when the URL carries the
 * portfolio's filters (a shared link to a filtered list), else "For you".
 */
function requestedTab(params: URLSearchParams): TabId {
  const named = TABS.find(t => t.id === params.get('tab'));
  if (named) return named.id;
  return params.toString() === '' ? 'for-you' : 'portfolio';
}

/**
 * The CSIP home, with its title and three tabs: "For you" (the signed-in
 * user's actions, agreements awaited and programmes), the portfolio of every
 * programme, and the portfolio rolled up by catalog group with its history.
 * The open tab is kept in `?tab=` so it can be linked to.
 *
 * @internal
 */
export const CsipPage = () => {
  const navigate = useNavigate();
  const programmeLink = useRouteRef(programmeRouteRef);
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = requestedTab(searchParams);

  const open = (programme: Programme) => {
    if (programmeLink) navigate(programmeLink({ programmeId: programme.id }));
  };

  return (
    <Box component="main" sx={{ p: 3 }}>
      <Stack spacing={3}>
        <Typography variant="h4" component="h1">
          Continual service improvement
        </Typography>
        <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
          <Tabs
            value={tab}
            onChange={(_event, value: TabId) =>
              setSearchParams(value === 'for-you' ? {} : { tab: value }, {
                replace: true,
              })
            }
            aria-label="CSIP sections"
          >
            {TABS.map(t => (
              <Tab
                key={t.id}
                value={t.id}
                label={t.label}
                id={`csip-home-tab-${t.id}`}
                aria-controls={`csip-home-tabpanel-${t.id}`}
              />
            ))}
          </Tabs>
        </Box>
        <Box
          role="tabpanel"
          id={`csip-home-tabpanel-${tab}`}
          aria-labelledby={`csip-home-tab-${tab}`}
        >
          {tab === 'for-you' && <MyWorkPanel />}
          {tab === 'portfolio' && <PortfolioPanel onOpen={open} />}
          {tab === 'rollup' && <PortfolioRollup />}
        </Box>
      </Stack>
    </Box>
  );
};
