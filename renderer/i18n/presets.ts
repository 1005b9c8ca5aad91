// Preset names and explanations in the user's language, by preset id (the presets themselves,
// in app/presets.ts, also serve the CLI and name builds).
import type { MessageKey } from '../../app/i18n';
import type { PresetId } from '../../app/presets';
import type { I18n } from './i18n';

const keys: Record<PresetId, [label: MessageKey, hint: MessageKey]> = {
  rvc: ['preset.rvc', 'presetHint.rvc'],
  rvc2023: ['preset.rvc2023', 'presetHint.rvc2023'],
  fastscan: ['preset.fastscan', 'presetHint.fastscan'],
  hnsw32: ['preset.hnsw32', 'presetHint.hnsw32'],
  sq8: ['preset.sq8', 'presetHint.sq8'],
  flat: ['preset.flat', 'presetHint.flat'],
  custom: ['preset.custom', 'presetHint.custom'],
};

export const presetLabel = (i18n: I18n, id: PresetId) => i18n.t(keys[id][0]);
export const presetHint = (i18n: I18n, id: PresetId) => i18n.t(keys[id][1]);
