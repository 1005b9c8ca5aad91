// The thin React side of the studio: one StudioController per client (controller.ts holds the
// state and the workflows), its state read with useSyncExternalStore, its actions bound once.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { StudioClient } from '../../app/client';
import { StudioController } from './controller';

const ACTIONS = [
  'openExperiment',
  'openSample',
  'changeConfig',
  'selectBuild',
  'setNprobe',
  'setKFactor',
  'setEfSearch',
  'setUsage',
  'setBlockSeconds',
  'build',
  'cancel',
  'removeBuild',
  'exportActive',
  'completeSweep',
  'measureKFactorEffect',
  'setRecent',
  'dismissEngineNotice',
] as const;

type Actions = { [A in (typeof ACTIONS)[number]]: StudioController[A] };

function bindActions(controller: StudioController): Actions {
  const bound = {} as Record<string, unknown>;
  for (const name of ACTIONS) bound[name] = (controller[name] as (...args: unknown[]) => unknown).bind(controller);
  return bound as Actions;
}

export function useStudio(client: StudioClient) {
  const controller = useMemo(() => new StudioController(client), [client]);
  const actions = useMemo(() => bindActions(controller), [controller]);
  useEffect(() => controller.start(), [controller]);
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  return { ...state, ...actions, client, active: controller.active, attached: controller.attached };
}

export type Studio = ReturnType<typeof useStudio>;
