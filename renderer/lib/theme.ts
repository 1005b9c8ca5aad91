// Light/dark follows the system. Charts get literal colours (not CSS variables) so an exported
// chart PNG is self-contained.
import { useEffect, useState } from 'react';

export type Scheme = 'light' | 'dark';

const query = () =>
  typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

export function useColorScheme(): Scheme {
  const [scheme, setScheme] = useState<Scheme>(() => (query()?.matches ? 'dark' : 'light'));
  useEffect(() => {
    const media = query();
    if (!media) return;
    const onChange = () => setScheme(media.matches ? 'dark' : 'light');
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return scheme;
}

export interface ChartTheme {
  background: string;
  text: string;
  muted: string;
  grid: string;
  accent: string;
  latency: string;
  band: string;
  frontier: string;
  series: string[];
}

// colour-blind-safe series (Okabe–Ito), adjusted for each background
export const chartThemes: Record<Scheme, ChartTheme> = {
  light: {
    background: '#ffffff',
    text: '#1f2430',
    muted: '#5b6272',
    grid: '#e3e6ec',
    accent: '#0b63ce',
    latency: '#c2410c',
    band: 'rgba(11,99,206,0.12)',
    frontier: '#1f2430',
    series: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#7a5c00'],
  },
  dark: {
    background: '#171a21',
    text: '#e6e8ee',
    muted: '#a3a9b7',
    grid: '#2c313c',
    accent: '#5aa9ff',
    latency: '#ff9f5a',
    band: 'rgba(90,169,255,0.18)',
    frontier: '#e6e8ee',
    series: ['#56b4e9', '#ff8c42', '#2fd4a3', '#e89ac7', '#f5c242', '#9bd2ff', '#d9b75c'],
  },
};

export const seriesColor = (theme: ChartTheme, index: number) => theme.series[index % theme.series.length];
