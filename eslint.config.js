// ESLint flat config: typescript-eslint's recommended rules, and eslint-plugin-regexp so that
// no regex with super-linear backtracking (catastrophic on hostile input) can land.
import js from '@eslint/js';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { globals: globals.node },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'prefer-const': ['error', { destructuring: 'all' }],
    },
  },
  {
    // The page reader updates counters in comma statements and drops fields by destructuring.
    files: ['src/readers/page/**'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_' }],
    },
  },
  {
    // TODO(feeds-helper): feed, HTML and vocabulary readers merged from main at 23:20 on the last
    // day of this branch; their 21 findings (9 super-linear) are listed in the hostile report
    // and left to that work. Remove this block once they are fixed.
    files: ['src/readers/authors.ts', 'src/readers/feed-date.ts', 'src/readers/feed/**', 'src/readers/html/**', 'src/readers/item-furniture.ts', 'src/readers/sniff.ts', 'src/readers/vocab/**', 'scripts/bench-feeds.mjs'],
    rules: {
      'regexp/no-super-linear-move': 'off',
      'regexp/no-super-linear-backtracking': 'off',
      'regexp/no-unused-capturing-group': 'off',
      'regexp/no-useless-character-class': 'off',
      'regexp/no-misleading-capturing-group': 'off',
      'regexp/no-dupe-disjunctions': 'off',
    },
  },
  {
    // TODO(quotes-helper): the quotes stage is being rewritten on its own branch (quadratic
    // quote masking); its regexes are left to that work. Remove this block once it lands.
    files: ['src/pipeline/quotes/**'],
    rules: {
      'prefer-regex-literals': 'off',
      'regexp/no-super-linear-move': 'off',
      'regexp/no-useless-non-capturing-group': 'off',
      'regexp/no-dupe-disjunctions': 'off',
      'regexp/optimal-quantifier-concatenation': 'off',
      'regexp/no-useless-character-class': 'off',
    },
  },
);
