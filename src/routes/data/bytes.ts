/** File sizes for people: 450.9 KB, 1.4 MB (decimal units, as file managers show them). */
export function bytes(n: number): string {
	if (n < 1000) return `${n} bytes`;
	if (n < 1e6) return `${(n / 1e3).toFixed(1)} KB`;
	return `${(n / 1e6).toFixed(1)} MB`;
}
