import { messageOf } from './errors';

type Props = { label: string; error: unknown };

/** Stands in for a remote that could not be loaded or crashed. */
export function RemoteErrorPanel({ label, error }: Props) {
  return (
    <div role="alert" className="remote-error" data-testid="remote-error">
      <p className="remote-error__title">Det gick inte att ladda {label}.</p>
      <p>Resten av Mötesplats fungerar som vanligt. Försök igen senare eller ladda om sidan.</p>
      <p className="remote-error__detail">Teknisk information: {messageOf(error)}</p>
    </div>
  );
}
