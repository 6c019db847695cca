import type { Config } from 'tailwindcss';
import typography from '@tailwindcss/typography';

// Loaded from app/globals.css through `@config`, for what CSS cannot configure: the content paths,
// the prose width and the typography plugin. The colours are CSS variables in globals.css (@theme).
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './lib/**/*.ts'],
  theme: {
    extend: {
      maxWidth: { prose: '42rem' },
    },
  },
  plugins: [typography],
};

export default config;
