import { Box, Typography } from '@mui/material';
import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal, useTranslate } from 'react-admin';

/**
 * The top bar: product name, page title, language switcher and the user menu. On a phone (390 px) the product name
 * gives way and the title shortens with an ellipsis, so the language switch keeps its name on one line.
 */
export function AppBar() {
  const translate = useTranslate();
  return (
    <RaAppBar
      color="primary"
      toolbar={
        <>
          <Box component="span" data-testid="language-switcher" sx={{ flexShrink: 0, whiteSpace: 'nowrap', '& .MuiButton-root': { whiteSpace: 'nowrap', minWidth: 0 } }}>
            <LocalesMenuButton />
          </Box>
          <LoadingIndicator />
        </>
      }
    >
      <Typography variant="h6" component="span" sx={{ fontWeight: 700, mr: 2, whiteSpace: 'nowrap', display: { xs: 'none', sm: 'inline' } }}>
        {translate('harbour.app.name')}
      </Typography>
      <TitlePortal variant="subtitle1" sx={{ minWidth: 0, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }} />
      <Box sx={{ flex: 1 }} />
    </RaAppBar>
  );
}
