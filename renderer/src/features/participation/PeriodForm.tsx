import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { formatLongDate } from '../../../../shared/domain/british-dates';
import { municipalYearLabel, municipalYearOf } from '../../../../shared/domain/municipal-year';
import { municipalYearPeriod, type Period } from '../../../../shared/domain/participation/period';
import type { Board } from '../../../../shared/model/board';
import { TextField } from '../../components/form/TextField';
import { periodErrors, type PeriodErrors } from './period-filters';

const FROM_ID = 'participation-from';
const TO_ID = 'participation-to';

/**
 * The period the report covers: two dates, applied together with a button (a date half typed would otherwise
 * redraw the report on every key), and quick choices for this and last municipal year.
 */
export function PeriodForm({
  period,
  today,
  yearStart,
  onChange,
}: {
  period: Period;
  today: string;
  yearStart: Board['municipalYearStart'];
  onChange: (next: Period) => void;
}): ReactNode {
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [errors, setErrors] = useState<PeriodErrors>({});
  const thisYear = municipalYearPeriod(today, yearStart);
  const lastYear = municipalYearPeriod(
    thisYear.from.replace(/^\d{4}/, (y) => String(Number(y) - 1)),
    yearStart,
  );
  const label = (p: Period): string => municipalYearLabel(municipalYearOf(p.from, yearStart));

  const choose = (next: Period): void => {
    setFrom(next.from);
    setTo(next.to);
    setErrors({});
    onChange(next);
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const found = periodErrors(from, to);
    setErrors(found);
    if (found.from !== undefined) document.getElementById(FROM_ID)?.focus();
    else if (found.to !== undefined) document.getElementById(TO_ID)?.focus();
    else onChange({ from, to });
  };

  return (
    <form className="tracker-filters" aria-label="Choose the period" onSubmit={submit} noValidate>
      <fieldset className="fieldset tracker-filters__fieldset">
        <legend className="fieldset__legend">Period</legend>
        <p className="quiet">
          Showing {formatLongDate(period.from)} to {formatLongDate(period.to)}.
        </p>
        <div className="tracker-filters__fields">
          <TextField id={FROM_ID} label="From" type="date" width="medium" value={from} onChange={setFrom} error={errors.from} />
          <TextField id={TO_ID} label="To" type="date" width="medium" value={to} onChange={setTo} error={errors.to} />
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button">
          Show this period
        </button>
        <button type="button" className="button button--secondary" onClick={() => choose(thisYear)}>
          This municipal year ({label(thisYear)})
        </button>
        <button type="button" className="button button--secondary" onClick={() => choose(lastYear)}>
          Last municipal year ({label(lastYear)})
        </button>
      </div>
    </form>
  );
}
