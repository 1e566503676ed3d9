/** The arcs of Arco's mark, drawn on its rounded square (the logo, the share images). */
export const ARCS = "M7 24a9 9 0 0 1 18 0M12 24a4 4 0 0 1 8 0";

/**
 * The mark in fixed colours, for images rendered outside the page's styles (share previews).
 * The page's own logo (logo.tsx) takes its colours from the theme.
 */
export function LogoMark({ size, square, arcs }: { size: number; square: string; arcs: string }) {
  return (
    <svg viewBox="0 0 32 32" width={size} height={size}>
      <rect width="32" height="32" rx="8" fill={square} />
      <path d={ARCS} stroke={arcs} strokeWidth="2.5" strokeLinecap="round" fill="none" />
    </svg>
  );
}
