// VitePress's local search, tuned for this site: Chinese names are found by any two characters of
// them (a run of Han characters is also indexed as its bigrams), every word of a query must match,
// a page's first section (its title, names, method and path) ranks above the sections that mention
// it, and the index is built from the pages without running twoslash a second time.
import type { DefaultTheme } from 'vitepress'

/** Words split on spaces and punctuation (`combined_deduct_period_count` → its four words), plus Han bigrams. */
export function tokenize(text: string): string[] {
  const tokens: string[] = []
  for (const word of text.split(/[\s\p{P}\p{S}]+/u)) {
    if (word === '') continue
    tokens.push(word)
    for (const run of word.match(/\p{Script=Han}+/gu) ?? []) {
      if (run !== word) tokens.push(run)
      for (let index = 0; index + 1 < run.length; index++) tokens.push(run.slice(index, index + 2))
    }
  }
  return tokens
}

export const search: DefaultTheme.Config['search'] = {
  provider: 'local',
  options: {
    miniSearch: {
      options: { tokenize },
      searchOptions: {
        tokenize,
        combineWith: 'AND',
        fuzzy: 0.1,
        prefix: true,
        boost: { title: 4, text: 2, titles: 1 },
      },
    },
    // The index needs the text, not the types: render the examples as plain code.
    _render: (src, env, md) => {
      const html = md.render(src.replace(/^(```\w+) twoslash/gm, '$1'), env)
      return env.frontmatter?.search === false ? '' : html
    },
  },
}
