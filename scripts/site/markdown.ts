// Markdown pieces for the generated pages. VitePress compiles every page as a Vue template, so text
// outside code is escaped for both Markdown tables and Vue (`<`, `{{`).

/** Text for a table cell: no pipes or newlines break the row, no tag or mustache reaches Vue. */
export const cell = (text: string) =>
  text
    .replace(/\|/g, '\\|')
    .replace(/\*/g, '\\*')
    .replace(/\n/g, ' ')
    .replace(/</g, '&lt;')
    .replace(/\{\{/g, '&#123;&#123;')

/** Inline code; backticks inside are avoided by the catalog's text. */
export const code = (text: string) => `\`${text}\``

export function table(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return ''
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n')
}

/** YAML front matter with string values, quoted as JSON (a subset of YAML). */
export const frontmatter = (fields: Record<string, string | boolean>) =>
  `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? JSON.stringify(value) : value}`)
    .join('\n')}\n---\n`

/** A fenced code block; `meta` is the info string after the language (`twoslash`). */
export const fence = (lang: string, body: string, meta = '') =>
  `\`\`\`${lang}${meta ? ` ${meta}` : ''}\n${body}\n\`\`\``

/** The page's first lines: what generated it. */
export const GENERATED_NOTE =
  '<!-- Generated from the catalog (packages/sdk/src/catalog) by `npm run docs`: do not edit. -->'
