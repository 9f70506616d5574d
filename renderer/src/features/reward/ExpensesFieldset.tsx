import type { ReactNode } from 'react';
import { expenseKindLabel } from '../../../../shared/domain/reward/labels';
import { EXPENSE_KINDS } from '../../../../shared/model/reward';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import type { FieldError } from '../../components/form/field-error';
import { fieldId, newExpense, type ExpenseValues } from './claim-form-schema';

/** Travel, carer and other costs, each with its amount and the receipt's reference as finance files it. */
export function ExpensesFieldset({
  expenses,
  errors,
  onChange,
}: {
  expenses: readonly ExpenseValues[];
  errors: readonly FieldError[];
  onChange: (next: readonly ExpenseValues[]) => void;
}): ReactNode {
  const set = (key: number, patch: Partial<ExpenseValues>): void => onChange(expenses.map((e) => (e.key === key ? { ...e, ...patch } : e)));
  const remove = (key: number, index: number): void => {
    onChange(expenses.filter((e) => e.key !== key));
    // Focus goes to the expense that takes its place, or to the add button.
    const next = expenses[index + 1] ?? expenses[index - 1];
    window.setTimeout(() => document.getElementById(next === undefined ? fieldId('add-expense') : fieldId(`expense-${next.key}-kind`))?.focus(), 0);
  };
  const add = (): void => {
    const expense = newExpense();
    onChange([...expenses, expense]);
    window.setTimeout(() => document.getElementById(fieldId(`expense-${expense.key}-kind`))?.focus(), 0);
  };
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Expenses</legend>
      {expenses.length === 0 ? <p className="quiet">No expenses. Add travel, carer or other costs, with the receipt’s reference.</p> : null}
      {expenses.map((e, index) => (
        <fieldset key={e.key} className="fieldset reward-expense">
          <legend className="fieldset__legend">Expense {index + 1}</legend>
          <div className="field-row">
            <SelectField
              id={fieldId(`expense-${e.key}-kind`)}
              label="Kind"
              value={e.kind}
              choices={EXPENSE_KINDS.map((kind) => ({ value: kind, label: expenseKindLabel(kind) }))}
              onChange={(kind) => set(e.key, { kind })}
            />
            <TextField
              id={fieldId(`expense-${e.key}-amount`)}
              label="Amount (£)"
              width="short"
              inputMode="text"
              value={e.amount}
              onChange={(amount) => set(e.key, { amount })}
              error={errors.find((x) => x.fieldId === fieldId(`expense-${e.key}-amount`))?.message}
            />
            <TextField
              id={fieldId(`expense-${e.key}-receipt`)}
              label="Receipt reference"
              width="medium"
              value={e.receipt}
              onChange={(receipt) => set(e.key, { receipt })}
            />
          </div>
          <TextField
            id={fieldId(`expense-${e.key}-description`)}
            label="Details (optional)"
            hint="For example, bus fare to the Town Hall."
            value={e.description}
            onChange={(description) => set(e.key, { description })}
          />
          <button type="button" className="button button--secondary button--small" onClick={() => remove(e.key, index)}>
            Remove expense {index + 1}
          </button>
        </fieldset>
      ))}
      <button id={fieldId('add-expense')} type="button" className="button button--secondary" onClick={add}>
        Add an expense
      </button>
    </fieldset>
  );
}
