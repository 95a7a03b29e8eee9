import { Button } from '@motesplats/ui';

/** The title of one item in an editable list, with its remove button named after it. */
export function ListItemHeader({ title, onRemove }: { title: string; onRemove: () => void }) {
  return (
    <div className="ms-loc-item__header">
      <h5>{title}</h5>
      <Button variant="danger" aria-label={`Ta bort ${title}`} onClick={onRemove}>
        Ta bort
      </Button>
    </div>
  );
}
