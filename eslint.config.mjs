import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

const config = [
  {
    ignores: [
      '.next/**',
      'out/**',
      '.cache/**',
      'node_modules/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      // Plain <a> links on purpose: a static site of whole pages, with no prefetching of every link
      // in view (readers are often on weak, metered phone signal) and ~3 KB less JavaScript a page.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // A function longer than a screenful does several jobs; split it by job. Every line counts.
    files: ['app/**', 'components/**', 'lib/**', 'scripts/**'],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: 120, skipBlankLines: false, skipComments: false, IIFEs: true },
      ],
    },
  },
  {
    // A test over 120 lines checks several things at once: split it into describes and helpers, so a
    // failure names the one promise that broke.
    files: ['tests/**'],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: 120, skipBlankLines: false, skipComments: false, IIFEs: true },
      ],
    },
  },
  prettier,
];

export default config;
