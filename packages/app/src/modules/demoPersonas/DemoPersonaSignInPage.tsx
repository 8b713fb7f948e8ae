import { ReactNode, useEffect, useState } from 'react';
import {
  Content,
  Header,
  InfoCard,
  Page,
  ProxiedSignInPage,
  SignInPage,
} from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import type { SignInPageProps } from '@backstage/plugin-app-react';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  DEMO_PERSONA_HEADER,
  DEMO_PERSONA_PROVIDER,
  DEMO_PERSONA_STORAGE_KEY,
  DemoPersona,
  forgetChoiceOnSignOut,
  GUEST_CHOICE,
  readDemoPersonas,
} from './personas';

/**
 * The sign-in page of the demo portal. Without `app.demoPersonas` it is the
 * default Backstage page (Guest, button "Enter"). With it, it also offers
 * one button per demo persona ("Sign in as <title>"). DEMO ONLY, see
 * docs/demo-personas.md.
 */
export function DemoPersonaSignInPage(props: SignInPageProps) {
  const config = useApi(configApiRef);
  const personas = readDemoPersonas(config);
  if (personas.length === 0) {
    return <SignInPage {...props} providers={['guest']} />;
  }
  return <PersonaPicker {...props} personas={personas} />;
}

/** On a failed sign-in, forgets the choice and shows the picker again. */
function BackToPicker(props: {
  error?: Error;
  onError: (error: Error) => void;
}) {
  const { error, onError } = props;
  useEffect(() => {
    localStorage.removeItem(DEMO_PERSONA_STORAGE_KEY);
    onError(error ?? new Error('Sign-in failed'));
  }, [error, onError]);
  return null;
}

function storedChoice(personas: DemoPersona[]): string | undefined {
  const stored = localStorage.getItem(DEMO_PERSONA_STORAGE_KEY);
  if (stored === GUEST_CHOICE || personas.some(p => p.userRef === stored)) {
    return stored!;
  }
  return undefined;
}

function PersonaPicker(props: SignInPageProps & { personas: DemoPersona[] }) {
  const { personas, onSignInSuccess } = props;
  const config = useApi(configApiRef);
  const [choice, setChoice] = useState(() => storedChoice(personas));
  const [error, setError] = useState<Error>();

  const choose = (value: string) => {
    localStorage.setItem(DEMO_PERSONA_STORAGE_KEY, value);
    setError(undefined);
    setChoice(value);
  };

  if (choice && !error) {
    const isGuest = choice === GUEST_CHOICE;
    return (
      <ProxiedSignInPage
        key={choice}
        provider={isGuest ? 'guest' : DEMO_PERSONA_PROVIDER}
        headers={isGuest ? undefined : { [DEMO_PERSONA_HEADER]: choice }}
        onSignInSuccess={identity =>
          onSignInSuccess(forgetChoiceOnSignOut(identity))
        }
        ErrorComponent={({ error: e }) => (
          <BackToPicker error={e} onError={setError} />
        )}
      />
    );
  }

  return (
    <Page themeId="home">
      <Header title={config.getString('app.title')} />
      <Content>
        <Typography variant="body1" paragraph>
          Demo portal: sign in as any demo user, without a password. Never
          enable demo personas in production.
        </Typography>
        {error && (
          <Typography variant="body1" color="error" paragraph role="alert">
            Sign-in failed: {error.message}
          </Typography>
        )}
        <Grid container spacing={2} component="ul" style={{ padding: 0 }}>
          {personas.map(persona => (
            <ChoiceCard
              key={persona.userRef}
              title={persona.title}
              subheader={persona.userRef}
              label={`Sign in as ${persona.title}`}
              onChoose={() => choose(persona.userRef)}
            >
              {persona.description ??
                'Sign in as this demo user, with its teams and roles.'}
            </ChoiceCard>
          ))}
          <ChoiceCard
            title="Guest"
            subheader="Enter as a Guest User."
            label="Enter"
            onChoose={() => choose(GUEST_CHOICE)}
          >
            You will not have a verified identity, meaning some features might
            be unavailable.
          </ChoiceCard>
        </Grid>
      </Content>
    </Page>
  );
}

/** One way in, as a card in the grid: who, what it means, and its button. */
function ChoiceCard(props: {
  title: string;
  subheader: string;
  label: string;
  onChoose: () => void;
  children: ReactNode;
}) {
  return (
    <Grid
      item
      component="li"
      xs={12}
      sm={6}
      md={4}
      style={{ listStyle: 'none' }}
    >
      <InfoCard
        variant="fullHeight"
        title={props.title}
        subheader={props.subheader}
        actions={
          <Button color="primary" variant="outlined" onClick={props.onChoose}>
            {props.label}
          </Button>
        }
      >
        <Typography variant="body1">{props.children}</Typography>
      </InfoCard>
    </Grid>
  );
}
