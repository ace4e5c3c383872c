/**
 * How a career level reads on BLS data: the ladder publishes a salary per level; for an
 * occupation, a pay percentile stands for the level. One place, used by queries and labels.
 */
export const levels = ['entry', 'mid', 'senior'] as const;
export type Level = (typeof levels)[number];

export const levelPercentile = { entry: 'a_pct25', mid: 'a_median', senior: 'a_pct75' } as const;
export type PayColumn = (typeof levelPercentile)[Level];

export const levelLabel: Record<Level, string> = { entry: 'Entry', mid: 'Mid', senior: 'Senior' };
export const percentileLabel: Record<PayColumn, string> = {
	a_pct25: '25th percentile',
	a_median: 'median',
	a_pct75: '75th percentile'
};
/** "Entry pay (25th percentile)" */
export const levelPayLabel = (l: Level) => `${levelLabel[l]} pay (${percentileLabel[levelPercentile[l]]})`;
