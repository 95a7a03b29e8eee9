import type { DetailEditorProps } from '@motesplats/caseworker-kit';
import { PlacementWishField } from './PlacementWishField';

/** SFI registration with the labour-market unit: where and when the person wants to study. */
export function SfiRegistrationEditor(props: DetailEditorProps) {
  return (
    <PlacementWishField
      {...props}
      label="Önskemål om SFI"
      hint="T.ex. skola, dagtid eller kvällstid."
    />
  );
}
