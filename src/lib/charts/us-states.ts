/**
 * The 50 states and DC, pre-projected by us-atlas (d3.geoAlbersUsa, scale 1300, fitted to a
 * 975×610 box: Alaska and Hawaii inset), as SVG path strings. The topology is bundled with the
 * code that imports this module, so only pages that draw a map carry it; nothing is fetched.
 */
import { geoPath } from 'd3';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'us-atlas/states-albers-10m.json';

export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;

export interface StateShape {
	/** Two-digit FIPS code, e.g. "06"; the OEWS area code of the state. */
	fips: string;
	name: string;
	/** SVG path in the 975×610 box. */
	d: string;
	centroid: [number, number];
	/** Area in square pixels of the box, to find the tiny states. */
	area: number;
}

const topology = atlas as unknown as Topology<{ states: GeometryCollection<{ name: string }>; nation: GeometryCollection }>;
// The geometry is already projected: an identity projection, rounded to a tenth of a pixel.
const path = geoPath().digits(1);

export const stateShapes: StateShape[] = feature(topology, topology.objects.states).features.map((f) => ({
	fips: String(f.id),
	name: f.properties.name,
	d: path(f) ?? '',
	centroid: path.centroid(f) as [number, number],
	area: path.area(f)
}));

/** Borders between states, drawn once (not twice, as each state's outline would). */
export const stateBorders = path(mesh(topology, topology.objects.states, (a, b) => a !== b)) ?? '';
