import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

/** Command-line flags: --sizes=10000,100000  --duration=5  --connections=10  --skip-build */

export const APP_ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const BUILD_DIR = join(APP_ROOT, 'build')
export const OUTPUT_DIR = join(APP_ROOT, 'tmp', 'bench')

export const { values: options } = parseArgs({
  options: {
    'sizes': { type: 'string', default: '10000,100000' },
    'duration': { type: 'string', default: '5' },
    'connections': { type: 'string', default: '10' },
    'skip-build': { type: 'boolean', default: false },
  },
})
export const SIZES = options.sizes
  .split(',')
  .map(Number)
  .filter((size) => size > 0)
export const DURATION = Number(options.duration)
export const CONNECTIONS = Number(options.connections)
export const API_TOKENS = 100
