import { TextField } from '@motesplats/ui';
import type { DetailEditorProps } from '@motesplats/caseworker-kit';
import { DETAIL_TEXT_MAX } from '@motesplats/checklist';

export interface PlacementWishFieldProps extends DetailEditorProps {
  label: string;
  hint: string;
}

/**
 * The `placementWish` text that SFI, preschool and school registration share. An emptied field
 * leaves the detail out rather than storing '', so clearing it returns the item to unchanged.
 */
export function PlacementWishField({
  details,
  onChange,
  disabled,
  label,
  hint,
}: PlacementWishFieldProps) {
  const value = typeof details.placementWish === 'string' ? details.placementWish : '';
  return (
    <TextField
      label={label}
      hint={hint}
      value={value}
      maxLength={DETAIL_TEXT_MAX.placementWish}
      disabled={disabled}
      onChange={(e) => {
        const { placementWish: _old, ...rest } = details;
        const next = e.target.value;
        onChange(next.trim() === '' ? rest : { ...rest, placementWish: next });
      }}
    />
  );
}
