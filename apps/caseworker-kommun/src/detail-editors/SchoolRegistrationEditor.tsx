import type { DetailEditorProps } from '@motesplats/caseworker-kit';
import { PlacementWishField } from './PlacementWishField';

export function SchoolRegistrationEditor(props: DetailEditorProps) {
  return (
    <PlacementWishField
      {...props}
      label="Önskad skola"
      hint="En eller flera skolor i önskad ordning."
    />
  );
}
