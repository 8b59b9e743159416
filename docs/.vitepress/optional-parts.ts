// Parts of the guides that come from files other work adds (the dashboard's screenshots, saved by its
// browser walk; the fault suite's figures): each is shown once its file exists, else a note stands in
// its place, so that the build never depends on them. A screenshot already on the page (the README's
// simulator section, included in the simulator guide, may show it) is not shown twice.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

interface Part {
  /** The HTML comment a page puts where the part goes. */
  mark: string
  /**
   * The files, relative to the site's source directory, and what each shows when it exists; with
   * `once`, not when the page already links the file (an image the page shows already).
   */
  files: { file: string; present: string; once?: boolean }[]
  /** What stands in the part's place when none of its files exists. */
  absent: string
}

const PARTS: Part[] = [
  {
    mark: '<!-- dashboard-screenshots -->',
    files: [
      {
        file: 'images/dashboard.png',
        once: true,
        present:
          'The simulator’s `/` is a dashboard of what it holds: sessions with the simulated user’s Agree, Decline and Expire, contracts with Terminate, notification deliveries with every attempt and Resend, the simulated clock with Advance.\n\n![The simulator’s dashboard](/images/dashboard.png)',
      },
      {
        file: 'images/signing-page.png',
        once: true,
        present:
          'A signing page, reached from a pre-sign’s redirect URL or from the dashboard:\n\n![A signing page of the simulator](/images/signing-page.png)',
      },
    ],
    absent:
      'A dashboard at the simulator’s `/` — what it holds, with the simulated user’s buttons — and a signing page for each pre-sign kind come with a later release. Until then, the control API above does the same over HTTP.\n\n::: info Screenshots\nThe dashboard’s screenshots (`docs/images/dashboard.png`, `docs/images/signing-page.png`) show here once they exist.\n:::',
  },
  {
    mark: '<!-- reliability-figures -->',
    files: [
      {
        file: 'reliability.md',
        present:
          'What the fault suite checks, with its seeds and counts: [reliability and security figures](/reliability).',
      },
    ],
    absent: '::: info Figures\nThe fault suite’s figures (`docs/reliability.md`) come with the fault suite.\n:::',
  },
]

/** A page's source with each part's mark replaced by what exists under `srcDir`. */
export function withOptionalParts(src: string, srcDir: string): string {
  return PARTS.reduce((text, part) => {
    if (!text.includes(part.mark)) return text
    const existing = part.files.filter(({ file }) => existsSync(join(srcDir, file)))
    const shown = existing.filter(({ file, once }) => !(once && text.includes(`${file})`)))
    const body = existing.length === 0 ? part.absent : shown.map(({ present }) => present).join('\n\n')
    return text.replace(part.mark, body)
  }, src)
}
