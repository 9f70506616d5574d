import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { HOUSE_FONTS } from '../../../../shared/document/fonts';
import { DEFAULT_FONT, DEFAULT_MARGINS_MM, type Margins } from '../../../../shared/document/house-style';
import type { Board, HouseFontId, HouseStyleSettings } from '../../../../shared/model/board';
import { useApiMutation } from '../../api/use-api-mutation';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';

const SIDES: readonly (readonly [keyof Margins, string])[] = [
  ['top', 'Top margin (mm)'],
  ['right', 'Right margin (mm)'],
  ['bottom', 'Bottom margin (mm)'],
  ['left', 'Left margin (mm)'],
];

type Logo = NonNullable<HouseStyleSettings['logo']>;

function readLogo(file: File): Promise<Logo | string> {
  if (file.type !== 'image/png' && file.type !== 'image/jpeg') return Promise.resolve('Choose a PNG or JPEG image.');
  if (file.size > 500 * 1024) return Promise.resolve('The logo must be smaller than 500 KB.');
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve({ mediaType: file.type === 'image/png' ? 'image/png' : 'image/jpeg', dataBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => resolve(`${file.name} could not be read.`);
    reader.readAsDataURL(file);
  });
}

/** Changes how a board's documents look: organisation, logo, font and margins. */
export function HouseStyleForm({ board, onSaved }: { board: Board; onSaved: () => void }): ReactNode {
  const submit = useApiMutation('boards.update');
  const current = board.houseStyle ?? {};
  const [organisation, setOrganisation] = useState(current.organisationName ?? '');
  const [font, setFont] = useState<HouseFontId>(current.font ?? DEFAULT_FONT);
  const [margins, setMargins] = useState<Record<keyof Margins, string>>(() => {
    const m = current.marginsMm ?? DEFAULT_MARGINS_MM;
    return { top: String(m.top), right: String(m.right), bottom: String(m.bottom), left: String(m.left) };
  });
  const [logo, setLogo] = useState<Logo | undefined>(current.logo);
  const [alt, setAlt] = useState(current.logo?.alt ?? '');
  const [logoError, setLogoError] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const fileId = useId();

  const marginError = (value: string): string | undefined => {
    const n = Number(value);
    return value.trim() === '' || !Number.isFinite(n) || n < 10 || n > 50 ? 'Give a number of millimetres from 10 to 50.' : undefined;
  };

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setSaved(false);
    if (SIDES.some(([side]) => marginError(margins[side]) !== undefined) || logoError !== undefined) return;
    const houseStyle: HouseStyleSettings = {
      ...(organisation.trim() === '' ? {} : { organisationName: organisation.trim() }),
      font,
      marginsMm: { top: Number(margins.top), right: Number(margins.right), bottom: Number(margins.bottom), left: Number(margins.left) },
      ...(logo === undefined
        ? {}
        : { logo: { mediaType: logo.mediaType, dataBase64: logo.dataBase64, ...(alt.trim() === '' ? {} : { alt: alt.trim() }) } }),
    };
    const done = await submit.run({ id: board.id, patch: { houseStyle } });
    if (done !== undefined) {
      setSaved(true);
      onSaved();
    }
  };

  return (
    <form className="house-style-form" onSubmit={(event) => void save(event)} noValidate>
      <h3>Change the house style</h3>
      <TextField
        label="Organisation name"
        hint={`Printed at the top of every document. Left empty, it is “${board.organisation ?? board.name}”.`}
        value={organisation}
        onChange={setOrganisation}
      />
      <SelectField<HouseFontId>
        label="Font"
        value={font}
        choices={Object.values(HOUSE_FONTS).map((f) => ({ value: f.id, label: f.label }))}
        onChange={setFont}
      />
      <div className="house-style-form__margins">
        {SIDES.map(([side, label]) => (
          <TextField
            key={side}
            label={label}
            type="number"
            inputMode="numeric"
            width="short"
            min={10}
            max={50}
            value={margins[side]}
            error={marginError(margins[side])}
            onChange={(value) => setMargins((m) => ({ ...m, [side]: value }))}
          />
        ))}
      </div>
      <div className={logoError ? 'field field--error' : 'field'}>
        <label className="field__label" htmlFor={fileId}>
          Logo (PNG or JPEG, under 500 KB)
        </label>
        {logoError ? (
          <p className="field__error" id={`${fileId}-error`}>
            {logoError}
          </p>
        ) : null}
        <input
          id={fileId}
          type="file"
          accept="image/png,image/jpeg"
          aria-describedby={logoError ? `${fileId}-error` : undefined}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file === undefined) return;
            void readLogo(file).then((result) => {
              if (typeof result === 'string') setLogoError(result);
              else {
                setLogoError(undefined);
                setLogo(result);
              }
            });
          }}
        />
      </div>
      {logo !== undefined ? (
        <>
          <TextField
            label="Describe the logo"
            hint="Read out by screen readers, e.g. “Riverside Borough Council crest”."
            value={alt}
            onChange={setAlt}
          />
          <p className="house-style-form__logo">
            <img src={`data:${logo.mediaType};base64,${logo.dataBase64}`} alt={alt.trim() === '' ? 'The logo chosen' : alt} />
            <button type="button" className="button button--secondary" onClick={() => setLogo(undefined)}>
              Remove the logo
            </button>
          </p>
        </>
      ) : null}
      {submit.error ? (
        <p className="field__error" role="alert">
          {submit.error.message}
        </p>
      ) : null}
      <div role="status" className="export-outcome">
        {saved ? <p>House style saved.</p> : null}
      </div>
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={submit.pending}>
          {submit.pending ? 'Saving…' : 'Save the house style'}
        </button>
      </div>
    </form>
  );
}
