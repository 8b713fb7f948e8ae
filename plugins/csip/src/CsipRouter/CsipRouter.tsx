import { NotFoundErrorPage } from '@backstage/frontend-plugin-api';
import { Route, Routes } from 'react-router-dom';
import { CsipPage } from '../components/portfolio/CsipPage';
import { ProgrammePage } from '../components/programme/ProgrammePage';
import { ProgrammeReport } from '../components/report/ProgrammeReport';

/**
 * The pages below `/csip`: the programme list at the root, each programme
 * at `programmes/:programmeId` (see `programmeRouteRef`) and its printable
 * report at `programmes/:programmeId/report` (see `programmeReportRouteRef`).
 *
 * @internal
 */
export const CsipRouter = () => (
  <Routes>
    <Route path="/" element={<CsipPage />} />
    <Route path="/programmes/:programmeId" element={<ProgrammePage />} />
    <Route
      path="/programmes/:programmeId/report"
      element={<ProgrammeReport />}
    />
    <Route path="*" element={<NotFoundErrorPage />} />
  </Routes>
);
