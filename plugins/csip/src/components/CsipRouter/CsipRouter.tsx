import { NotFoundErrorPage } from '@backstage/frontend-plugin-api';
import { Route, Routes } from 'react-router-dom';
import { CsipPage } from '../CsipPage';
import { ProgrammePage } from '../ProgrammePage';

/**
 * The pages below `/csip`: the programme list at the root and each
 * programme at `programmes/:programmeId` (see `programmeRouteRef`).
 *
 * @internal
 */
export const CsipRouter = () => (
  <Routes>
    <Route path="/" element={<CsipPage />} />
    <Route path="/programmes/:programmeId" element={<ProgrammePage />} />
    <Route path="*" element={<NotFoundErrorPage />} />
  </Routes>
);
