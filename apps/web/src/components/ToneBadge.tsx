import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

export type Tone = 'positive' | 'warning' | 'neutral';

/**
 * Light badges whose text is dark enough for WCAG AA (4.5:1) at the small badge size: Mantine's own light
 * text is 4.3:1 on teal and 2.7:1 on yellow.
 */
const TONES: Record<Tone, { color: string; c: string }> = {
  positive: { color: 'teal', c: '#045c42' }, // 6.9:1 on teal.1
  warning: { color: 'yellow', c: '#6e4200' }, // 7.7:1 on yellow.1
  neutral: { color: 'gray', c: '#343a40' }, // 10.3:1 on gray.1
};

export function ToneBadge({ tone, children, ...rest }: { tone: Tone; children: ReactNode } & Omit<BadgeProps, 'color' | 'c' | 'variant'>) {
  const { color, c } = TONES[tone];
  return (
    <Badge variant="light" color={color} c={c} size="sm" style={{ minWidth: 'max-content' }} {...rest}>
      {children}
    </Badge>
  );
}
