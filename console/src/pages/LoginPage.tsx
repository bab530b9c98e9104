import { Alert, Box, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { email, LocalesMenuButton, Login, LoginForm, PasswordInput, required, TextInput, useTranslate } from 'react-admin';
import { preloadViews } from '../module';
import { takeSessionEnd } from '../providers/session';

/**
 * Sign-in with work email and password; the language can be chosen before signing in. While the person types, the
 * screens' code is fetched in the background (once the form is up and the browser idle), so signing in opens the
 * dashboard without waiting for it.
 */
export function LoginPage() {
  const translate = useTranslate();
  const [sessionEnd] = useState(takeSessionEnd);
  useEffect(() => {
    void preloadViews();
  }, []);
  return (
    <Login sx={{ backgroundImage: 'linear-gradient(135deg, #0b4f8a 0%, #0e7c86 100%)' }}>
      <Box sx={{ px: 2, textAlign: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
          {translate('harbour.app.name')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('harbour.login.subtitle')}
        </Typography>
      </Box>
      {sessionEnd && (
        <Alert severity="warning" sx={{ mx: 2, mt: 2 }}>
          {translate(sessionEnd, { _: sessionEnd })}
        </Alert>
      )}
      <LoginForm>
        <TextInput autoFocus source="email" type="email" label={translate('harbour.login.email')} autoComplete="username" validate={[required(), email()]} />
        <PasswordInput source="password" label={translate('ra.auth.password')} autoComplete="current-password" validate={required()} />
      </LoginForm>
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }} data-testid="language-switcher">
        <LocalesMenuButton />
      </Box>
    </Login>
  );
}
