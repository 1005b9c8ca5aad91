// Messages about what RVC does with a file this app writes.
export const rvcMessages = {
  rvc_metric_not_l2:
    '{metric} metric: RVC weights neighbours by 1/distance², which assumes L2 — this index will blend wrongly in RVC',
} as const;
