import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const electronFiles = [
  'src/main/index.ts',
  'src/main/window.ts',
  'src/main/security.ts',
  'src/main/protocol.ts',
  'src/main/appMenu.ts',
  'src/main/ipc/register.ts',
  'src/preload/index.ts',
]

export default tseslint.config(
  {
    ignores: [
      'out',
      'out-*',
      'src/renderer/out-*',
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/main/**', 'src/preload/**', 'e2e/**', 'scripts/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    // Shared code runs in every process: pure TypeScript only.
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['electron', 'node:*', 'react', 'react-*', 'dexie', '@mantine/*'] },
      ],
    },
  },
  {
    // Handlers and helpers take the OS as parameters, so the e2e host can run them without Electron.
    files: ['src/main/**', 'e2e/**'],
    ignores: electronFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Only the entry, window, security, protocol, menu and IPC registration import electron.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/api.d.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off' },
  },
  prettier,
)
