/** Source lines and the CC BY 4.0 credit for O*NET figures (wording of src/routes/about/SourcesSection.svelte). */
export const onetRelease = 'O*NET 29.2';

/** "O*NET 29.2 Database (February 2025), Education, Training, and Experience: Related Work Experience (scale RW)" */
export const onetSource = (element: string, scale?: string) => `${onetRelease} Database (February 2025), ${element}${scale ? `: ${scale}` : ''}`;

export const onetCredit =
	'This page includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.';

export const onetScale = {
	related_experience: { element: 'Education, Training, and Experience', scale: 'Related Work Experience (scale RW)' },
	education: { element: 'Education, Training, and Experience', scale: 'Required Level of Education (scale RL)' }
} as const;

/** A short name of an O*NET education category: its text before O*NET's explanation ("Post-Secondary Certificate"). */
export const shortCategory = (label: string) => label.split(/ - | \(/)[0]!.trim();
