import { describe, expect, it } from 'vitest';
import { planBuild } from '../../app/buildPlan';
import { RVC_COMPRESS_CENTROIDS, RVC_COMPRESS_THRESHOLD } from '../../app/rvc/compression';
import { rvcNIvf } from '../../app/rvc/nIvf';

describe('planBuild', () => {
  it("applies RVC's 200 000-frame rule to RVC's preset only, above the threshold", () => {
    expect(planBuild({}, RVC_COMPRESS_THRESHOLD, 256).compress).toBeNull();
    const above = planBuild({}, RVC_COMPRESS_THRESHOLD + 1, 256);
    expect(above.compress).toEqual({ centroids: RVC_COMPRESS_CENTROIDS });
    expect(above.exportRows).toBe(RVC_COMPRESS_CENTROIDS);
    // n_ivf follows from the 10 000 centroids: min(16·√10000, 10000 // 39) = 256
    expect(above.shape.factory).toBe(`IVF${rvcNIvf(RVC_COMPRESS_CENTROIDS)},Flat`);
    expect(above.shape.nlist).toBe(256);
    expect(above.warnings.map((w) => w.code)).toEqual(['plan_rvc_compress']);
    expect(above.warnings[0].text).toMatch(/indexing 10000 k-means centroids, as RVC does/);
    // a chosen factory or an explicit choice keeps every frame
    expect(planBuild({ factory: 'IVF{n},Flat' }, RVC_COMPRESS_THRESHOLD + 1, 256).compress).toBeNull();
    expect(planBuild({ compress: null }, RVC_COMPRESS_THRESHOLD + 1, 256).compress).toBeNull();
  });

  it('refuses, for a file RVC will search, a FastScan k_factor that takes faiss 1.7.3 into its abort', () => {
    const fastScan = { factory: 'IVF{n},PQ128x4fs,RFlat', n_ivf: 64 };
    expect(planBuild({ ...fastScan, k_factor: 8 }, 30_000, 256).kFactor).toBe(8);
    expect(() => planBuild({ ...fastScan, k_factor: 8, forRvc: true }, 30_000, 256)).toThrow(
      /k_factor 8: RVC's search would ask FastScan for 64 candidates/,
    );
    expect(planBuild({ ...fastScan, k_factor: 2.5, forRvc: true }, 30_000, 256).kFactor).toBe(2.5);
  });
});
