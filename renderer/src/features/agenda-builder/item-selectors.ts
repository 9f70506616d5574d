/** The controls of an item's row, by name, so focus can return to the same control after the agenda redraws. */
export type ItemControl = 'edit' | 'add-sub' | 'remove' | 'up' | 'down' | 'indent' | 'outdent' | 'attach';

export const itemRowSelector = (id: string): string => `[data-item-id="${CSS.escape(id)}"] > .builder-item__main`;

export const itemControlSelector = (id: string, control: ItemControl): string => `${itemRowSelector(id)} [data-control="${control}"]`;

/** The name of the row control that has focus now, if any: focus goes back to it after a move. */
export function focusedControl(): ItemControl | null {
  const active = document.activeElement;
  const control = active instanceof HTMLElement ? active.dataset['control'] : undefined;
  return control === undefined ? null : (control as ItemControl);
}
