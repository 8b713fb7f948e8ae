import { APPROACHES, Recommendation } from '@csip-coach/plugin-csip-common';
import RecommendIcon from '@mui/icons-material/Recommend';
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
import { APPROACH_DESCRIPTIONS, APPROACH_NAMES } from '../../../util/labels';
import { SectionPanel } from '../../shared';

/** @internal */
export type RecommendationPanelProps = {
  recommendation: Recommendation;
};

/**
 * The recommendation for the current answers: the recommended approach in
 * words, the score of every approach, why, and the known risks of each.
 *
 * @internal
 */
export const RecommendationPanel = ({
  recommendation,
}: RecommendationPanelProps) => {
  const { recommended, scores, reasons, risks } = recommendation;
  return (
    <SectionPanel
      titleId="csip-recommendation-title"
      title={`Recommended: ${APPROACH_NAMES[recommended]}`}
      icon={<RecommendIcon color="primary" aria-hidden />}
      live
    >
      <Typography variant="body2" color="text.secondary" paragraph>
        {APPROACH_DESCRIPTIONS[recommended]}
      </Typography>

      <Typography variant="subtitle1" component="h4">
        Scores
      </Typography>
      <Stack spacing={1} sx={{ mb: 2 }}>
        {APPROACHES.map(approach => (
          <Box key={approach}>
            <Stack direction="row" justifyContent="space-between">
              <Typography
                variant="body2"
                id={`csip-score-${approach}`}
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
              aria-labelledby={`csip-score-${approach}`}
            />
          </Box>
        ))}
      </Stack>

      <Typography variant="subtitle1" component="h4">
        Why
      </Typography>
      <List dense aria-label="Reasons for the recommendation">
        {reasons.map((reason, index) => (
          <ListItem key={reason.question ?? index}>
            <ListItemText
              primary={reason.text}
              primaryTypographyProps={{ sx: { whiteSpace: 'normal' } }}
            />
          </ListItem>
        ))}
      </List>

      <Typography variant="subtitle1" component="h4" gutterBottom>
        Risks of each approach
      </Typography>
      <Grid container spacing={2}>
        {APPROACHES.map(approach => (
          <Grid item xs={12} xl={4} key={approach}>
            <Card
              variant="outlined"
              component="section"
              aria-labelledby={`csip-risks-${approach}`}
              sx={{ height: '100%' }}
            >
              <CardContent>
                <Typography
                  id={`csip-risks-${approach}`}
                  variant="subtitle2"
                  component="h5"
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
                        primaryTypographyProps={{
                          sx: { whiteSpace: 'normal' },
                        }}
                      />
                    </ListItem>
                  ))}
                </List>
              </CardContent>
            </Card>
          </Grid>
        ))}
      </Grid>
    </SectionPanel>
  );
};
