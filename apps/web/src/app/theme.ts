import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** Deep customs teal; shade 7 gives white text a 7.4:1 contrast (WCAG AA needs 4.5:1). */
const customs: MantineColorsTuple = [
  '#e6f2f5',
  '#cfe3e9',
  '#9cc7d3',
  '#66a9bc',
  '#3b8fa8',
  '#217f9b',
  '#0f6f8c',
  '#0b5d76',
  '#084b60',
  '#053949',
];

export const theme = createTheme({
  colors: { customs },
  primaryColor: 'customs',
  primaryShade: { light: 7, dark: 5 },
  autoContrast: true,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
});

/** Mantine's default dimmed grey is 3.3:1 on white; a darker grey keeps secondary text legible. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#495057', '--mantine-color-placeholder': '#6b7178' },
  dark: {},
});
