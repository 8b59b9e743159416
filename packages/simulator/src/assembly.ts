// How a simulator's parts are put together: the clock (a restored one runs ahead as it did), the
// platform keys (new, or saved), the notifier, and the World the handlers see, filled from a saved
// state when there is one, with what that state still waited for armed again.
import { contractEvents } from '@wxpay/sdk/protocol'
import { OffsetClock, type SimulatorClock, wireTime } from './clock.js'
import { armPending } from './handlers/settle.js'
import { type Merchant, Platform } from './keys.js'
import { deliveryLine } from './log.js'
import { Notifier } from './notifier.js'
import type { SimulatorOptions } from './options.js'
import { retryScheduleOf } from './retry-schedules.js'
import { Contracts } from './state/contracts.js'
import { Deductions } from './state/deductions.js'
import { Sessions } from './state/sessions.js'
import { restore, type SimulatorState } from './state/snapshot.js'
import { StateFileError } from './state/store.js'
import { Wallet } from './state/wallet.js'
import type { World } from './state/world.js'

export interface Parts {
  clock: SimulatorClock
  /** The clock is the simulator's own (an OffsetClock it stops on close). */
  ownClock: boolean
  platform: Platform
  notifier: Notifier
  world: World
}

/** The simulator's parts; `saved` is a state read from its file, `timers` collects the business timers. */
export function assemble(
  url: string,
  options: SimulatorOptions,
  saved: SimulatorState | undefined,
  hooks: { timers: Set<unknown>; changed(): void },
): Parts {
  const clock = options.clock ?? new OffsetClock(saved?.clockOffsetMs ?? 0)
  const platform = new Platform(options.mode ?? 'publicKey', () => wireTime(clock), saved?.platform)
  const notifier = new Notifier({
    clock,
    probes: options.probes,
    duplicates: options.duplicateDeliveries,
    clockTimeouts: options.clockTimeouts,
    onDelivery: (delivery) => {
      options.onDelivery?.(delivery)
      if (options.log) options.log(deliveryLine(delivery))
      hooks.changed()
    },
    logLimit: options.deliveryLogLimit,
  })
  const world = worldOf(url, options, { clock, platform, notifier, ...hooks })
  if (saved) {
    try {
      restore(world, saved)
      notifier.restore(saved.notifier, (id) => platform.find(id) ?? platform.signer(undefined))
      armPending(world)
    } catch (error) {
      throw new StateFileError(`${options.stateFile} cannot be restored: ${(error as Error).message}`)
    }
  }
  return { clock, ownClock: options.clock === undefined, platform, notifier, world }
}

function worldOf(
  url: string,
  options: SimulatorOptions,
  parts: { clock: SimulatorClock; platform: Platform; notifier: Notifier; timers: Set<unknown>; changed(): void },
): World {
  const { clock, platform, notifier, timers, changed } = parts
  return {
    url,
    clock,
    platform,
    merchants: new Map<string, Merchant>(),
    sessions: new Sessions(() => clock.now(), options.sessionRetentionMs),
    contracts: new Contracts(),
    deductions: new Deductions(),
    wallet: new Wallet(options.wallet),
    events: {
      ...contractEvents,
      'password-exempt': { ...contractEvents['password-exempt'], ...options.passwordExemptEvents },
    },
    notify: (merchant, notifyUrl, eventType, resource) =>
      notifier.send({
        url: notifyUrl,
        eventType,
        resource,
        apiV3Key: merchant.apiV3Key,
        signer: platform.signer(undefined),
        retrySchedule: retryScheduleOf(eventType),
      }),
    at: (time, task) => {
      const timer = clock.setTimeout(async () => {
        timers.delete(timer)
        await task()
        changed()
        // A moved clock goes on once what the task sent was delivered at the task's time.
        await notifier.flush()
      }, time - clock.now())
      timers.add(timer)
    },
  }
}
