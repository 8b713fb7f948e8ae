import {
  PROGRAMME_PHASES,
  ProgrammePhase,
} from '@csip-coach/plugin-csip-common';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { PHASE_NAMES } from '../../../util/labels';

/** @internal */
export type PhaseStepsProps = {
  phase: ProgrammePhase;
};

/**
 * The five phases as a stepper, each saying in words whether it is done,
 * current or still to come.
 *
 * @internal
 */
export const PhaseSteps = ({ phase }: PhaseStepsProps) => {
  const current = PROGRAMME_PHASES.indexOf(phase);
  return (
    <Stepper
      activeStep={current}
      alternativeLabel
      component="ol"
      aria-label="Programme phases"
      sx={{ listStyle: 'none', p: 0 }}
    >
      {PROGRAMME_PHASES.map((step, index) => {
        let status = 'Not started';
        if (index < current) status = 'Done';
        if (index === current) status = 'Current phase';
        return (
          <Step
            key={step}
            completed={index < current}
            component="li"
            aria-current={index === current ? 'step' : undefined}
          >
            <StepLabel
              optional={
                <Typography
                  variant="caption"
                  display="block"
                  sx={{ fontWeight: index === current ? 'bold' : undefined }}
                >
                  {status}
                </Typography>
              }
            >
              {PHASE_NAMES[step]}
            </StepLabel>
          </Step>
        );
      })}
    </Stepper>
  );
};
