/** Chinese labels of the graph's enum values, as spreadsheets and pages show them. */
export const VERDICT_LABELS: Record<string, string> = { MET: '达标', NOT_MET: '未达标', UNKNOWN: '无法判定' };

export const STATUS_LABELS: Record<string, string> = {
  IDENTIFIED: '已识别',
  BEING_HELPED: '帮扶中',
  EXITED: '已脱贫',
  MONITORED: '脱贫监测',
  RETURNED_TO_POVERTY: '返贫',
  REMOVED: '已清退',
};

export const REASON_LABELS: Record<string, string> = { WRONG_EXIT: '疑似错退', OMISSION: '疑似漏评', ORPHAN_RECORD: '无对应登记' };

/** A label, or the value itself when it has none. */
export const label = (labels: Record<string, string>, value: string | null | undefined): string => (value == null ? '' : (labels[value] ?? value));
