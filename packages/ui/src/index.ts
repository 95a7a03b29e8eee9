export * from './tokens.js';
export { Button, type ButtonProps, type ButtonVariant } from './Button.js';
export { TextField, type TextFieldProps } from './TextField.js';
export { Select, type SelectProps, type SelectOption } from './Select.js';
export { Checkbox, type CheckboxProps } from './Checkbox.js';
export { CheckboxGroup, type CheckboxGroupProps, type CheckboxOption } from './CheckboxGroup.js';
export { TextArea, type TextAreaProps } from './TextArea.js';
export { RadioGroup, type RadioGroupProps, type RadioOption } from './RadioGroup.js';
export { DateField, type DateFieldProps } from './DateField.js';
export { Table, type TableProps, type TableColumn } from './Table.js';
export {
  StatusBadge,
  STATUSES,
  DEFAULT_STATUS_LABELS,
  type Status,
  type StatusBadgeProps,
} from './StatusBadge.js';
export { Alert, type AlertProps, type AlertTone } from './Alert.js';
export { Dialog, type DialogProps } from './Dialog.js';
export { Tabs, type TabsProps, type TabItem } from './Tabs.js';
export { PageLayout, type PageLayoutProps } from './PageLayout.js';
export {
  LanguageSwitcher,
  DEFAULT_LANGUAGES,
  type Language,
  type LanguageSwitcherProps,
} from './LanguageSwitcher.js';
export { QrCode, qrPath, type QrCodeProps } from './QrCode.js';
