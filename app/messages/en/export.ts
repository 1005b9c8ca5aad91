// Messages about files RVC will load: exports, and indexes met elsewhere.
export const exportMessages = {
  metric_ip:
    'inner-product metric: RVC weights neighbours by 1/distance², which assumes L2 distances — this index will blend wrongly in RVC',
} as const;
