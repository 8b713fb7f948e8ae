import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  READINESS_QUESTIONS,
  type ReadinessAnswers,
} from '@csip-coach/plugin-csip-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../../api';
import { aProgramme } from '../../../../__testUtils__/fixtures';
import { ApproachTab } from '../ApproachTab';

/* The ApproachTab tests' shared set-up and steps. */

export const SPONSOR = 'user:default/dana.sponsor';
export const COACH = 'user:default/alex.coach';

export function renderTab(
  csipApi: CsipApi,
  onDecided = jest.fn(),
  userEntityRef = SPONSOR,
) {
  return renderInTestApp(
    <ApproachTab programme={aProgramme()} onDecided={onDecided} />,
    {
      apis: [[csipApiRef, csipApi], mockApis.identity({ userEntityRef })],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    },
  );
}

export const MIDDLE: ReadinessAnswers = {
  experience: 3,
  capacity: 3,
  ownership: 3,
  openness: 3,
  urgency: 3,
  budget: 3,
  retainKnowhow: 3,
  riskTolerance: 3,
};

export const URGENT: ReadinessAnswers = {
  experience: 1,
  capacity: 1,
  ownership: 3,
  openness: 4,
  urgency: 5,
  budget: 5,
  retainKnowhow: 2,
  riskTolerance: 1,
};

export async function answer(question: RegExp, label: string) {
  const group = screen.getByRole('radiogroup', { name: question });
  await userEvent.click(within(group).getByRole('radio', { name: label }));
}

/** Answers the questions in order, the first `count` of them. */
export async function answerAll(
  answers: ReadinessAnswers = MIDDLE,
  count: number = READINESS_QUESTIONS.length,
) {
  const groups = await screen.findAllByRole('radiogroup', { name: /^\d\. / });
  for (const question of READINESS_QUESTIONS.slice(0, count)) {
    const group = groups[READINESS_QUESTIONS.indexOf(question)];
    const value = String(answers[question]);
    const radio = within(group)
      .getAllByRole('radio')
      .find(r => r.getAttribute('value') === value)!;
    await userEvent.click(radio);
  }
}

export const recommendedHeading = () =>
  screen.queryByRole('heading', { name: /^Recommended:/ });
