import { APPROACHES, Recommendation } from '@csip-coach/plugin-csip-common';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { APPROACH_NAMES } from '../../../util/labels';

/** @internal */
export type RecommendationDetailsProps = {
  recommendation: Recommendation;
  /** Makes the ids unique when several recommendations are on the page. */
  idPrefix: string;
  /** The level of the subheadings ("Scores", "Why", …); the risks' one below. */
  headingLevel?: 'h4' | 'h5';
};

const WRAP = { sx: { whiteSpace: 'normal' } };

/**
 * What a recommendation is made of: the score of every approach, the
 * answers that favoured the recommended one, and the known risks of each.
 *
 * @internal
 */
export const RecommendationDetails = ({
  recommendation: { recommended, scores, reasons, risks },
  idPrefix,
  headingLevel = 'h4',
}: RecommendationDetailsProps) => {
  const riskHeading = headingLevel === 'h4' ? 'h5' : 'h6';
  return (
    <>
      <Typography variant="subtitle1" component={headingLevel}>
        Scores
      </Typography>
      <Stack spacing={1} sx={{ mb: 2 }}>
        {APPROACHES.map(approach => (
          <Box key={approach}>
            <Stack direction="row" justifyContent="space-between">
              <Typography
                variant="body2"
                id={`${idPrefix}-score-${approach}`}
                sx={{
                  fontWeight: approach === recommended ? 'bold' : undefined,
                }}
              >
                {APPROACH_NAMES[approach]}
                {approach === recommended && ' (recommended)'}
              </Typography>
              <Typography variant="body2">{scores[approach]} of 100</Typography>
            </Stack>
            <LinearProgress
              variant="determinate"
              value={scores[approach]}
              aria-labelledby={`${idPrefix}-score-${approach}`}
            />
          </Box>
        ))}
      </Stack>

      <Typography variant="subtitle1" component={headingLevel}>
        Why
      </Typography>
      <List dense aria-label="Reasons for the recommendation">
        {reasons.map((reason, index) => (
          <ListItem key={reason.question ?? index}>
            <ListItemText primary={reason.text} primaryTypographyProps={WRAP} />
          </ListItem>
        ))}
      </List>

      <Typography variant="subtitle1" component={headingLevel} gutterBottom>
        Risks of each approach
      </Typography>
      <Grid container spacing={2}>
        {APPROACHES.map(approach => (
          <Grid item xs={12} xl={4} key={approach}>
            <Card
              variant="outlined"
              component="section"
              aria-labelledby={`${idPrefix}-risks-${approach}`}
              sx={{ height: '100%' }}
            >
              <CardContent>
                <Typography
                  id={`${idPrefix}-risks-${approach}`}
                  variant="subtitle2"
                  component={riskHeading}
                >
                  Risks of {APPROACH_NAMES[approach].toLocaleLowerCase()}
                </Typography>
                <List dense>
                  {risks[approach].map(risk => (
                    <ListItem key={risk} disableGutters alignItems="flex-start">
                      <ListItemIcon sx={{ minWidth: 32, mt: 0.5 }}>
                        <WarningAmberIcon fontSize="small" aria-hidden />
                      </ListItemIcon>
                      <ListItemText
                        primary={risk}
                        primaryTypographyProps={WRAP}
                      />
                    </ListItem>
                  ))}
                </List>
              </CardContent>
            </Card>
          </Grid>
        ))}
      </Grid>
    </>
  );
};
