import { useId } from 'react';
import type { ReactNode } from 'react';
import { formatShortDate } from '../../../../shared/domain/british-dates';
import type { TrendRating } from '../../../../shared/domain/coproduction/trend';
import { percentWords } from '../../../../shared/domain/coproduction/rating-words';

const WIDTH = 480;
const HEIGHT = 160;
const PAD = { left: 44, right: 16, top: 12, bottom: 28 };

/**
 * The overall score by date as a simple line, for those who read a picture faster than a table. The table beside
 * it holds the same figures; the chart's text alternative says what it shows in a sentence.
 */
export function TrendChart({ ratings, subjectName }: { ratings: readonly TrendRating[]; subjectName: string }): ReactNode {
  const descriptionId = useId();
  const points = ratings.filter((r): r is TrendRating & { overall: number } => r.overall !== null);
  if (points.length < 2) return null;
  const x = (i: number): number => PAD.left + (i * (WIDTH - PAD.left - PAD.right)) / (points.length - 1);
  const y = (share: number): number => PAD.top + (1 - share) * (HEIGHT - PAD.top - PAD.bottom);
  const first = points[0];
  const last = points.at(-1);
  const summary =
    first && last
      ? `Overall score of ${subjectName} over ${points.length} ratings: ${percentWords(first.overall)} on ${formatShortDate(first.ratedOn)}, ${percentWords(last.overall)} on ${formatShortDate(last.ratedOn)}.`
      : '';
  return (
    <figure className="trend-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={descriptionId} className="trend-chart__svg">
        <title id={descriptionId}>{summary}</title>
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(share)} y2={y(share)} className="trend-chart__grid" />
            <text x={PAD.left - 6} y={y(share) + 4} textAnchor="end" className="trend-chart__label">
              {percentWords(share)}
            </text>
          </g>
        ))}
        <polyline points={points.map((p, i) => `${x(i)},${y(p.overall)}`).join(' ')} className="trend-chart__line" />
        {points.map((p, i) => (
          <g key={p.ratingId}>
            <circle cx={x(i)} cy={y(p.overall)} r={4} className="trend-chart__point" />
            <text x={x(i)} y={HEIGHT - 8} textAnchor="middle" className="trend-chart__label">
              {formatShortDate(p.ratedOn)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="quiet">{summary}</figcaption>
    </figure>
  );
}
