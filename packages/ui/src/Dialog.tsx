import {
  useEffect,
  useId,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import { cx } from './field.js';

export interface DialogProps {
  open: boolean;
  /** Called on Escape, on the close button and on a native `cancel`. */
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  /** Buttons at the end of the dialog. */
  footer?: ReactNode;
  closeLabel?: string;
  className?: string;
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal native `<dialog>`, labelled by its title. Opening moves focus into the dialog (the first
 * `[autofocus]` element, else the first focusable one); closing returns focus to where it was.
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
  footer,
  closeLabel = 'Close',
  className,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (typeof dialog.showModal === 'function') {
        try {
          dialog.showModal();
        } catch {
          dialog.setAttribute('open', '');
        }
      } else {
        dialog.setAttribute('open', '');
      }
      const target =
        dialog.querySelector<HTMLElement>('[autofocus]') ??
        dialog.querySelector<HTMLElement>(FOCUSABLE) ??
        dialog;
      target.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      returnFocus.current?.focus();
      returnFocus.current = null;
    }
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    onClose();
  };

  return (
    <dialog
      ref={ref}
      className={cx('ms-dialog', className)}
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onCancel={onCancel}
      tabIndex={-1}
    >
      <div className="ms-dialog__header">
        <h2 id={titleId} className="ms-dialog__title">
          {title}
        </h2>
        <button type="button" className="ms-button ms-button--secondary" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      <div>{children}</div>
      {footer ? <div className="ms-dialog__footer">{footer}</div> : null}
    </dialog>
  );
}
