import {
  anAdviceEntry,
  anAdviceResponse,
} from '../../__testUtils__/reviewCoachingFixtures';
import { describeAdviceCounts } from './adviceWords';

describe('describeAdviceCounts', () => {
  it('counts the team’s latest responses and those still open', () => {
    const responded = (response: 'adopt' | 'defer' | 'decline') =>
      anAdviceEntry({ latest: anAdviceResponse({ response }), responses: 1 });
    expect(
      describeAdviceCounts([
        responded('adopt'),
        responded('adopt'),
        responded('defer'),
        anAdviceEntry(),
      ]),
    ).toBe('2 adopted, 1 deferred, 0 declined; 1 without a response yet');
    expect(describeAdviceCounts([responded('decline')])).toBe(
      '0 adopted, 0 deferred, 1 declined',
    );
  });
});
