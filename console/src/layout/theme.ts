import { defaultTheme, type RaThemeOptions } from 'react-admin';

const fontFamily = ['"Noto Sans HK"', '"PingFang HK"', '"Microsoft JhengHei"', '"Noto Sans CJK TC"', '"WenQuanYi Micro Hei"', 'Roboto', 'Helvetica', 'Arial', 'sans-serif'].join(',');

/** react-admin's default theme in Harbour's harbour-blue, with fonts that render Traditional Chinese well. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#0b4f8a' },
    secondary: { main: '#0e7c86' },
    background: { default: '#f4f6f9' },
  },
  typography: { ...defaultTheme.typography, fontFamily, button: { textTransform: 'none', fontWeight: 500 } },
  shape: { borderRadius: 8 },
};
