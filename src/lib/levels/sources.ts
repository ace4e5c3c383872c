/** Which O*NET element and scale each level figure comes from; the release and credit are in $lib/sources. */

export const onetScale = {
	related_experience: { element: 'Education, Training, and Experience', scale: 'Related Work Experience (scale RW)' },
	education: { element: 'Education, Training, and Experience', scale: 'Required Level of Education (scale RL)' }
} as const;

/** A short name of an O*NET education category: its text before O*NET's explanation ("Post-Secondary Certificate"). */
export const shortCategory = (label: string) => label.split(/ - | \(/)[0]!.trim();
