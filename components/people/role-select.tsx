import { ROLE_LABELS, ROLES, type Role } from '@/lib/accounts/roles';
import { inputClass } from '../ui/form-styles';

type Props = {
  id?: string;
  value?: Role;
  defaultValue?: Role;
  onChange?: (role: Role) => void;
  disabled?: boolean;
  label?: string;
  name?: string;
};

export function RoleSelect({ id, value, defaultValue, onChange, disabled, label, name }: Props) {
  return (
    <select
      id={id}
      name={name}
      aria-label={label}
      value={value}
      defaultValue={defaultValue}
      disabled={disabled}
      onChange={(event) => onChange?.(event.target.value as Role)}
      className={inputClass}
    >
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </select>
  );
}
