import type { DetailEditorProps } from '@motesplats/caseworker-kit';
import { PlacementWishField } from './PlacementWishField';

export function PreschoolRegistrationEditor(props: DetailEditorProps) {
  return (
    <PlacementWishField
      {...props}
      label="Önskad förskola"
      hint="En eller flera förskolor i önskad ordning."
    />
  );
}
