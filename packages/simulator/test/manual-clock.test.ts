// ManualClock: timers fire in order at their own times, and time never goes back, even when a timer's
// callback advances the clock itself (as a webhook does that takes the 5 s deadline to answer).
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ManualClock } from '@wxpay/simulator'

describe('ManualClock', () => {
  it('fires timers in order, each at its own time', async () => {
    const clock = new ManualClock(0)
    const fired: [string, number][] = []
    clock.setTimeout(() => fired.push(['b', clock.now()]), 2000)
    clock.setTimeout(() => fired.push(['a', clock.now()]), 1000)
    clock.setTimeout(() => fired.push(['late', clock.now()]), 9000)
    await clock.advance(5000)
    assert.deepEqual(fired, [
      ['a', 1000],
      ['b', 2000],
    ])
    assert.equal(clock.now(), 5000)
    assert.equal(clock.pending, 1)
  })

  it('a callback that advances the clock further leaves it there, not back at the outer advance’s end', async () => {
    const clock = new ManualClock(0)
    const fired: [string, number][] = []
    clock.setTimeout(() => clock.advance(5000), 1000)
    clock.setTimeout(() => fired.push(['inside', clock.now()]), 4000)
    clock.setTimeout(() => fired.push(['after', clock.now()]), 7000)
    await clock.advance(1000)
    assert.equal(clock.now(), 6000)
    assert.deepEqual(fired, [['inside', 4000]])
    await clock.advance(1000)
    assert.deepEqual(fired, [
      ['inside', 4000],
      ['after', 7000],
    ])
  })
})
