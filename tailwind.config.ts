import type { Config } from 'tailwindcss';
import typography from '@tailwindcss/typography';

// Loaded from app/globals.css through `@config`. Colours follow the NHS palette: tested for
// contrast on white and on the dark background.
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './lib/**/*.ts'],
  theme: {
    extend: {
      colors: {
        brand: { DEFAULT: '#005eb8', dark: '#003087', light: '#e8f1f8' },
        urgent: '#d5281b',
        focus: '#ffeb3b',
        ink: '#212b32',
        muted: '#4c6272',
        surface: '#f0f4f5',
      },
      maxWidth: { prose: '42rem' },
    },
  },
  plugins: [typography],
};

export default config;
