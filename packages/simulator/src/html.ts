// The simulator's pages: plain server-rendered HTML, one stylesheet and a small script, no build
// step. A button with `data-post` posts to the control API (its `data-body`, or the JSON of the
// form it sits in) and reloads the page; a refusal is shown above the page, not swallowed.
export const escapeHtml = (text: unknown) => String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** A cell's content: text (escaped) or HTML made by these helpers. */
export class Html {
  constructor(readonly html: string) {}
}

export const raw = (html: string) => new Html(html)
const cell = (value: unknown) => (value instanceof Html ? value.html : escapeHtml(value))

/** A table, or `empty` when there are no rows. */
export function table(headers: string[], rows: unknown[][], empty: string, id?: string): string {
  if (rows.length === 0) return `<p class="empty"${id ? ` id="${escapeHtml(id)}"` : ''}>${escapeHtml(empty)}</p>`
  const head = headers.map((name) => `<th>${escapeHtml(name)}</th>`).join('')
  const body = rows.map((row) => `<tr>${row.map((value) => `<td>${cell(value)}</td>`).join('')}</tr>`).join('')
  return `<table${id ? ` id="${escapeHtml(id)}"` : ''}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
}

/** A button that posts `body` (JSON) to `path` (or sends it with `method`) and reloads the page. */
export const postButton = (label: string, path: string, body?: object, method?: 'DELETE') =>
  raw(
    `<button type="button" data-post="${escapeHtml(path)}"${method ? ` data-method="${method}"` : ''}${
      body ? ` data-body="${escapeHtml(JSON.stringify(body))}"` : ''
    }>${escapeHtml(label)}</button>`,
  )

export const link = (label: string, href: string) => raw(`<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`)

export const code = (text: string) => raw(`<code>${escapeHtml(text)}</code>`)

const STYLE = `body{font:15px system-ui,sans-serif;margin:1.5rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
th{background:#f6f6f6;font-weight:600}code,pre{font:13px ui-monospace,monospace;background:#f4f4f4;padding:.1rem .25rem;border-radius:3px}
pre{padding:.6rem;overflow-x:auto;white-space:pre-wrap}button{font:inherit;padding:.25rem .7rem;margin:.1rem .3rem .1rem 0;cursor:pointer}
.empty{color:#777}.state{font-weight:600}.ok{color:#1a7f37}.fail{color:#b42318}#message{padding:.5rem;background:#fde8e8;color:#b42318}
#message:empty{display:none}form.inline{display:inline-block;margin:.3rem 1rem .3rem 0}nav a{margin-right:1rem}
.narrow{max-width:36rem}.big button{font-size:1rem;padding:.6rem 1.2rem}`

const SCRIPT = `document.addEventListener('click', async (event) => {
  const button = event.target.closest('button[data-post]')
  if (!button) return
  event.preventDefault()
  const form = button.closest('form[data-json]')
  const body = form ? JSON.stringify(Object.fromEntries(new FormData(form))) : button.dataset.body
  button.disabled = true
  const message = document.getElementById('message')
  try {
    const response = await fetch(button.dataset.post, {
      method: button.dataset.method || 'POST',
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body,
    })
    if (!response.ok) {
      const answer = await response.json().catch(() => ({}))
      message.textContent = (answer.code || response.status) + ': ' + (answer.message || response.statusText)
      button.disabled = false
      return
    }
    location.reload()
  } catch (error) {
    message.textContent = String(error)
    button.disabled = false
  }
})`

/** A whole page: `title`, the body's HTML, the stylesheet and the script. */
export function page(title: string, body: string, options: { narrow?: boolean } = {}): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body${options.narrow ? ' class="narrow"' : ''}><div id="message" role="alert"></div>
${body}
<script>${SCRIPT}</script></body></html>`
}
