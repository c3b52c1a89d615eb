// Every story renders in CI as a test (shard 1 of 2, run in parallel with
// the other): no error, something on screen, zero serious or critical axe violations.
import { defineStoryShard } from '../support/stories'

await defineStoryShard(1, 2)
