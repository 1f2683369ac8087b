import type { JobStatus } from '@/lib/batch/schemas';
import { JOB_STATUS_STYLES } from './styles';

export function JobStatusBadge({ status }: { status: JobStatus }) {
  const style = JOB_STATUS_STYLES[status];
  return (
    <span
      data-testid="job-status"
      data-status={status}
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${style.badge}`}
    >
      {style.label}
    </span>
  );
}
