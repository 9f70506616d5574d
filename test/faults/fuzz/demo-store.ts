import { openBackend, type Backend } from '../../../electron/backend/backend';
import { buildDemo, scriptedClock } from '../../../electron/backend/demo/build-demo';
import { sequentialIds } from '../../../electron/backend/ids';
import { stepClock, type StepClock } from '../support/step-clock';

/** The demo's "today": the demo's year of meetings ends a little after it. */
export const DEMO_TODAY = '2026-03-02';

/** Fills `dataDir` with the demo board (a year of meetings, co-production, reward) and returns it open. */
export async function openDemoStore(dataDir: string): Promise<{ backend: Backend; clock: StepClock }> {
  const script = scriptedClock(`${DEMO_TODAY}T09:00:00.000Z`);
  const building = openBackend({ dataDir, clock: script, ids: sequentialIds('demo'), searchIndex: 'on-demand' });
  try {
    await buildDemo(building, script, DEMO_TODAY);
  } finally {
    building.close();
  }
  const clock = stepClock(`${DEMO_TODAY}T10:00:00.000Z`);
  return { backend: openBackend({ dataDir, clock, ids: sequentialIds('fuzz'), searchIndex: 'on-demand' }), clock };
}
