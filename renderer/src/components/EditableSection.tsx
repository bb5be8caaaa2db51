import { useId, useState, type ReactNode } from 'react';
import type { ApiResult } from '../../../shared/api/errors';
import { useDisclosure } from '../app/use-disclosure';
import { CheckIcon, PencilIcon } from './icons';

interface EditableSectionProps<Fields> {
  title: string;
  editLabel: string;
  /** Said (politely, in the status slot) once a correction is saved. */
  doneLabel: string;
  /** Sends the corrected fields to the studio. */
  save: (fields: Fields) => Promise<ApiResult<unknown>>;
  /** Reloads what the page shows once the studio has the correction. */
  onSaved: () => Promise<void>;
  /** The form, given what it submits to and how it is cancelled. */
  form: (props: { onSubmit: (fields: Fields) => Promise<ApiResult<unknown>>; onCancel: () => void }) => ReactNode;
  /** What the section shows while it is not being edited. */
  children: ReactNode;
}

/** A card that shows something and lets the coach correct it in place, the focus going back where it came from. */
export function EditableSection<Fields>({
  title,
  editLabel,
  doneLabel,
  save,
  onSaved,
  form,
  children,
}: EditableSectionProps<Fields>) {
  const { open: editing, show, hide, openerRef } = useDisclosure();
  const [saved, setSaved] = useState(false);
  const titleId = useId();

  const onSubmit = async (fields: Fields) => {
    const result = await save(fields);
    if (result.ok) {
      await onSaved();
      setSaved(true);
      hide();
    }
    return result;
  };

  return (
    <section className="card page-section" aria-labelledby={titleId}>
      <div className="section-header section-header--with-action">
        <h3 className="section-title" id={titleId}>
          {title}
        </h3>
        {!editing && (
          <button
            ref={openerRef}
            type="button"
            className="button button--secondary"
            onClick={() => {
              setSaved(false);
              show();
            }}
          >
            <PencilIcon />
            <span>{editLabel}</span>
          </button>
        )}
      </div>
      <div className="status-slot" role="status">
        {saved && (
          <p className="notice notice--success">
            <CheckIcon />
            {doneLabel}
          </p>
        )}
      </div>
      {editing ? form({ onSubmit, onCancel: hide }) : children}
    </section>
  );
}
