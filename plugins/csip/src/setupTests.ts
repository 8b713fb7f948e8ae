import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Every UI test renders a whole Backstage test app; on a busy two-core CI
// machine a role query over a large page can take seconds, so give queries
// and tests room instead of failing on time.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(60_000);
