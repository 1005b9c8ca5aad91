// Every user-visible string of the Models panel, from the locale's catalogue (models.* keys).
// Findings and skip reasons are structured messages (code + params) with their own text.
import type { I18n } from '../i18n/i18n';

export function modelsText(i18n: I18n) {
  const t: I18n['t'] = (key, values) => i18n.t(key, values);
  return {
    title: t('models.title'),
    intro: t('models.intro'),
    pathLabel: t('models.pathLabel'),
    pathPlaceholder: t('models.pathPlaceholder'),
    open: t('models.open'),
    reading: t('models.reading'),
    cancel: t('job.cancel'),
    modelsFound: (count: number) => t('models.found', { count }),
    columns: {
      select: t('models.col.select'),
      name: t('models.col.name'),
      version: t('models.col.version'),
      dims: t('models.col.dims'),
      indexType: t('models.col.indexType'),
      frames: t('models.col.frames'),
      size: t('models.col.size'),
      nprobe: t('models.col.nprobe'),
      recall: t('models.col.recall'),
      findings: t('models.col.findings'),
      actions: t('models.col.actions'),
    },
    none: '—',
    noEstimate: t('models.noEstimate'),
    ok: t('models.ok'),
    caveat: t('models.caveat'),
    selectRow: (name: string) => t('models.selectRow', { name }),
    inspect: t('models.inspect'),
    retuneLegend: t('models.retuneLegend'),
    retuneMode: t('models.retuneMode'),
    fixed: t('models.fixed'),
    target: t('models.target'),
    nprobe: 'n_probe',
    targetRecall: t('models.targetRecall'),
    retune: (count: number) => t('models.retune', { count }),
    retuned: (count: number, skipped: number) => t('models.retuned', { count, skipped }),
    share: t('models.share'),
    shareHint: t('models.shareHint'),
    shared: (file: string) => t('models.shared', { file }),
    unpaired: (count: number) => t('models.unpaired', { count }),
    refused: t('models.refused'),
  };
}
