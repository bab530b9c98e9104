import { Box, Typography } from '@mui/material';
import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal, useTranslate } from 'react-admin';

/** The top bar: product name, page title, language switcher and the user menu. */
export function AppBar() {
  const translate = useTranslate();
  return (
    <RaAppBar
      color="primary"
      toolbar={
        <>
          <Box component="span" data-testid="language-switcher">
            <LocalesMenuButton />
          </Box>
          <LoadingIndicator />
        </>
      }
    >
      <Typography variant="h6" component="span" sx={{ fontWeight: 700, mr: 2, whiteSpace: 'nowrap' }}>
        {translate('harbour.app.name')}
      </Typography>
      <TitlePortal variant="subtitle1" />
      <Box sx={{ flex: 1 }} />
    </RaAppBar>
  );
}
