// Pairing rules on paths alone (see app/models/pairing.ts for the rules and their sources).
import { describe, expect, it } from 'vitest';
import { modelNames, pairModels } from '../../app/models/pairing';

describe('model / index pairing', () => {
  it("uses RVC's name (up to the first dot) and Applio's training names", () => {
    expect(modelNames('assets/weights/Alice.v2.pth')).toEqual(['Alice']);
    expect(modelNames('logs/kate/kate_300e_6000s_best_epoch.pth')).toEqual(['kate_300e_6000s_best_epoch', 'kate']);
    expect(modelNames('x/.pth')).toEqual([]);
  });

  it("lists every index RVC's substring rule would match, instead of picking the first", () => {
    const indexes = ['logs/Ado/added_IVF1_Flat_Ado_v2.index', 'logs/Adore/added_IVF1_Flat_Adore_v2.index'];
    const [ado, adore] = pairModels(['assets/weights/Ado.pth', 'assets/weights/Adore.pth'], indexes);
    expect(ado).toEqual({ candidates: [0, 1], rule: 'name' });
    expect(adore).toEqual({ candidates: [1], rule: 'name' });
  });

  it('prefers a named index beside the model, then any named one, then any beside it', () => {
    const flat = pairModels(
      ['dl/Alice.pth', 'dl/Bob.pth', 'dl/voice/model.pth', 'dl/lonely.pth'],
      ['dl/added_Alice_v2.index', 'dl/added_Bob_v2.index', 'dl/voice/some.index'],
    );
    expect(flat).toEqual([
      { candidates: [0], rule: 'name_and_folder' },
      { candidates: [1], rule: 'name_and_folder' },
      { candidates: [2], rule: 'folder' },
      { candidates: [], rule: null },
    ]);
  });

  it('skips "trained" indexes unless nothing else fits', () => {
    const indexes = [
      'logs/a/trained_IVF1_a_v2.index',
      'logs/a/added_IVF1_a_v2.index',
      'logs/b/trained_IVF1_b_v2.index',
    ];
    expect(pairModels(['weights/a.pth', 'weights/b.pth'], indexes)).toEqual([
      { candidates: [1], rule: 'name' },
      { candidates: [2], rule: 'trained' },
    ]);
  });
});
