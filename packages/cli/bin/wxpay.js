#!/usr/bin/env node
import('../dist/esm/index.js')
  .then((cli) => cli.main())
  .catch((error) => {
    console.error(error?.message ?? error)
    process.exit(1)
  })
